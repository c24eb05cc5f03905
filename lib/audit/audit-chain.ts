import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AuditCheckpoint } from './audit-checkpoint';

// The canonical text of an event, written out here rather than calling the database's
// audit_event_canonical(): whoever can replace that function must not be able to make the
// verifier agree with them. Only built-in functions are used, and the two must stay identical
// (the chain tests fail otherwise).
const canonicalEvent = Prisma.sql`jsonb_build_object(
  'sequence', sequence,
  'createdAt', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'actorId', actor_id,
  'action', action,
  'entityType', entity_type,
  'entityId', entity_id,
  'reportId', report_id,
  'sentenceId', sentence_id,
  'before', before,
  'after', after,
  'requestId', request_id,
  'reason', reason
)::text`;

const batchSize = 10_000;

type ChainBatch = { events: number; lastSequence: bigint | null; lastHash: string | null; firstBroken: bigint | null };

type StoredHash = { sequence: bigint; hash: string };

async function verifyBatch(afterSequence: bigint, previousHash: string): Promise<ChainBatch> {
  const [batch] = await db.$queryRaw<ChainBatch[]>`
    WITH batch AS (
      SELECT sequence, hash, ${canonicalEvent} AS canonical
      FROM audit_events WHERE sequence > ${afterSequence} ORDER BY sequence LIMIT ${batchSize}
    ), chained AS (
      SELECT sequence, hash,
        encode(sha256(convert_to(coalesce(lag(hash) OVER (ORDER BY sequence), ${previousHash}) || canonical, 'UTF8')), 'hex') AS expected
      FROM batch
    )
    SELECT count(*)::int AS "events",
      max(sequence) AS "lastSequence",
      (array_agg(hash ORDER BY sequence DESC))[1] AS "lastHash",
      min(sequence) FILTER (WHERE hash IS DISTINCT FROM expected) AS "firstBroken"
    FROM chained`;
  if (!batch) throw new Error('The chain query returned no row.');
  return batch;
}

async function storedHashes(sequences: bigint[]): Promise<Map<bigint, string>> {
  if (sequences.length === 0) return new Map();
  const rows = await db.$queryRaw<StoredHash[]>`
    SELECT sequence, hash FROM audit_events WHERE sequence IN (${Prisma.join(sequences)})`;
  return new Map(rows.map((row) => [row.sequence, row.hash]));
}

export type ChainHead = { sequence: bigint; hash: string; createdAt: Date };

export type ChainVerification =
  | { ok: true; events: number; head: ChainHead | null; checkpoints: number }
  | { ok: false; brokenAt: bigint; problem: string };

/** The newest event of the chain: what `npm run audit:checkpoint` prints for keeping elsewhere. */
export async function readChainHead(): Promise<ChainHead | null> {
  const [head] = await db.$queryRaw<ChainHead[]>`
    SELECT sequence, hash, created_at AS "createdAt" FROM audit_events ORDER BY sequence DESC LIMIT 1`;
  return head ?? null;
}

/**
 * Recomputes every event's hash from the one before it and its own content, in batches, and
 * checks that each checkpoint kept elsewhere is still on the chain: a chain re-hashed after an
 * edit verifies on its own, but no longer passes through the hashes recorded before the edit.
 */
export async function verifyAuditChain(checkpoints: AuditCheckpoint[] = []): Promise<ChainVerification> {
  let events = 0;
  let afterSequence = 0n;
  let previousHash = '';
  for (;;) {
    const batch = await verifyBatch(afterSequence, previousHash);
    if (batch.firstBroken !== null) {
      return {
        ok: false,
        brokenAt: batch.firstBroken,
        problem: 'its hash does not follow from the event before it and its own content (an event was edited, removed or reordered)',
      };
    }
    if (batch.events === 0 || batch.lastSequence === null || batch.lastHash === null) break;
    events += batch.events;
    afterSequence = batch.lastSequence;
    previousHash = batch.lastHash;
  }

  const stored = await storedHashes(checkpoints.map((checkpoint) => checkpoint.sequence));
  for (const checkpoint of [...checkpoints].sort((a, b) => (a.sequence < b.sequence ? -1 : 1))) {
    const hash = stored.get(checkpoint.sequence);
    if (hash === undefined) {
      return { ok: false, brokenAt: checkpoint.sequence, problem: 'the checkpoint names an event the chain no longer has (events were removed)' };
    }
    if (hash !== checkpoint.hash) {
      return { ok: false, brokenAt: checkpoint.sequence, problem: 'the chain no longer passes through the checkpoint (the chain was re-hashed)' };
    }
  }
  return { ok: true, events, head: await readChainHead(), checkpoints: checkpoints.length };
}
