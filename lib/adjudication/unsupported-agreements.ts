import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import { independentSupportMessage, loadIndependentSupport, type SupportEvidence } from '@/lib/verdicts/independent-support';
import type { VerdictView } from '@/lib/verdicts/verdict-shape';

/** Every distinct evidence link of the verdicts, as the independence rule reads it. */
function supportEvidenceOf(verdicts: readonly Pick<VerdictView, 'evidence'>[]): SupportEvidence[] {
  const links = new Map<string, SupportEvidence>();
  for (const link of verdicts.flatMap((verdict) => verdict.evidence)) {
    const key = link.kind === 'sentence' ? `s:${link.sentenceId}:${link.relation}` : `u:${link.url}:${link.relation}`;
    if (!links.has(key)) links.set(key, link.kind === 'sentence' ? { relation: link.relation, reportId: link.reportId, outlet: link.outlet } : { relation: link.relation, url: link.url });
  }
  return [...links.values()];
}

/** Why an agreed corroborated claim is left for an editor. */
export type UnsupportedAgreement = { reasons: string[]; message: string };

/**
 * The claims of one report whose reviewers agree on "corroborated" although none of their
 * supporting evidence is independent of the report (verdicts saved before the rule, or before an
 * editor decided two reports are not independent): approval must not settle them, an editor must.
 * Each with why its evidence does not count. One lookup of the report and of independence.
 */
export async function findUnsupportedAgreements(
  client: Db | DbTransaction,
  reportId: string,
  agreed: readonly { claimId: string; verdicts: readonly Pick<VerdictView, 'label' | 'evidence'>[] }[],
): Promise<Map<string, UnsupportedAgreement>> {
  const corroborated = agreed.filter((claim) => claim.verdicts.length > 0 && claim.verdicts.every((verdict) => verdict.label === 'corroborated'));
  if (corroborated.length === 0) return new Map();
  const report = await client.report.findUnique({ where: { id: reportId }, select: { id: true, outlet: true, url: true, syndicatedCopyUrl: true } });
  if (!report) return new Map();
  const support = await loadIndependentSupport(
    client,
    corroborated.map((claim) => ({ key: claim.claimId, report, evidence: supportEvidenceOf(claim.verdicts) })),
  );
  return new Map(
    [...support].flatMap(([claimId, found]) =>
      found.isIndependent ? [] : [[claimId, { reasons: found.reasons, message: independentSupportMessage(report.outlet, found) }] as const],
    ),
  );
}
