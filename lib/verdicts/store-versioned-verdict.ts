import 'server-only';
import type { UserActor } from '@/lib/actor';
import { writeAuditEvent, type AuditPayload } from '@/lib/audit/audit-event';
import type { db, DbTransaction } from '@/lib/db';
import type { TEvidence, VerdictLabel } from '@/lib/validations/verdict';
import { replaceEvidence, type EvidenceOwner } from './replace-evidence';
import { staleVersion } from './stale-version';

/** What a reviewer's or a final verdict says: the part both kinds share. */
export type VerdictBody = { label: VerdictLabel; note: string; evidence: TEvidence[]; proposedLabel?: VerdictLabel | null };

/** How one kind of verdict (a reviewer's, a final one) is read, written and audited. */
export type VerdictStore<View extends { id: string; version: number }> = {
  what: 'verdict' | 'final verdict';
  find: (client: DbTransaction | typeof db) => Promise<View | null>;
  /**
   * Creates the verdict, or updates `before` only if it is still at `before.version` (bumping
   * the version), and gives its id; null when another save changed it first.
   */
  write: (tx: DbTransaction, before: View | null) => Promise<{ id: string } | null>;
  evidenceOwner: (id: string) => EvidenceOwner;
  /** What its audit event records of the change. */
  auditPayload: (before: View | null, after: View) => AuditPayload;
};

type Change = { actor: UserActor; claim: { reportId: string; sentenceId: string }; evidence: TEvidence[]; version: number | undefined };

/**
 * The steps every verdict save takes inside the caller's transaction: refuse a save based on
 * another version than the stored one (so no one's work is silently overwritten), create or
 * update it, replace its evidence, read it back and write its audit event. The update itself is
 * the check that nobody saved in between: it only matches the version read, and a concurrent
 * save's update holds the row until it commits, after which the version no longer matches. Two
 * first saves at once collide on the unique key instead (refuseDuplicateAsStale).
 */
export async function storeVersionedVerdict<View extends { id: string; version: number }>(
  tx: DbTransaction,
  store: VerdictStore<View>,
  { actor, claim, evidence, version }: Change,
): Promise<View> {
  const before = await store.find(tx);
  if ((before?.version ?? undefined) !== version) throw staleVersion(before, store.what);
  const saved = await store.write(tx, before);
  if (!saved) throw staleVersion(await store.find(tx), store.what);
  await replaceEvidence(tx, store.evidenceOwner(saved.id), evidence, { isNew: !before });
  const after = (await store.find(tx)) as View;
  await writeAuditEvent(tx, { ...store.auditPayload(before, after), actor, entityId: saved.id, reportId: claim.reportId, sentenceId: claim.sentenceId });
  return after;
}
