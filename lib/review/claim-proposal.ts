import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { loadClaimProposal } from '@/lib/facts/load-claim-proposal';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import type { VerdictLabel } from '@/lib/validations/verdict';

/** A sentence the proposal cites, with what the verdict form shows of it and where it is. */
export type ProposalEvidence = {
  sentenceId: string;
  relation: 'supports' | 'contradicts';
  reportId: string;
  outlet: string;
  /** Its number among its report's sentences for review, as the workspace numbers them. */
  sentenceNumber: number;
  text: string;
};

/**
 * The fact map's proposal for a claim, or why there is none (`proposalNote`). It follows from the
 * reports' text and their independence only: no reviewer's label or note goes into it.
 */
export type ClaimProposal = {
  proposal: { label: VerdictLabel; reasons: string[]; evidence: ProposalEvidence[] } | null;
  proposalNote: string | null;
};

type EvidenceRow = { sentence_id: string; report_id: string; outlet: string; text: string; number: number };

export async function proposalOfClaim(claimId: string): Promise<ClaimProposal> {
  const { proposal, reasons } = await loadClaimProposal(claimId);
  if (!proposal) return { proposal: null, proposalNote: reasons.join('; ') || 'No label proposed' };
  const ids = proposal.evidence.map((link) => link.sentenceId);
  const rows = ids.length === 0 ? [] : await db.$queryRaw<EvidenceRow[]>`
    SELECT s.id AS sentence_id, s.report_id, r.outlet, s.text,
      (SELECT count(*) FROM sentences AS b WHERE b.report_id = s.report_id AND b.kind = 'body' AND b.orphaned_at IS NULL AND b.index <= s.index)::int AS number
    FROM sentences AS s JOIN reports AS r ON r.id = s.report_id
    WHERE s.id = ANY (${ids}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.sentence_id, row]));
  const evidence = proposal.evidence.flatMap((link) => {
    const row = byId.get(link.sentenceId);
    return row ? [{ ...link, reportId: row.report_id, outlet: row.outlet, sentenceNumber: row.number, text: row.text }] : [];
  });
  return { proposal: { label: proposal.label, reasons: proposal.reasons, evidence }, proposalNote: null };
}

const ZClaimProposal = z.object({ claimId: z.uuid({ message: 'claimId must be a claim id' }) });

/** The proposal the verdict form offers for a claim, one click to accept. */
export async function getClaimProposal({ actor, input }: { actor: Actor; input: unknown }): Promise<ClaimProposal> {
  const { claimId } = parseInput(ZClaimProposal, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const claim = await db.claim.findFirst({ where: { id: claimId, removedAt: null, orphanedAt: null }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'No current claim has this id', 'claimId');
  return proposalOfClaim(claimId);
}
