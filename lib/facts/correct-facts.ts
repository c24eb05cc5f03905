import 'server-only';
import type { Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { assertAllowed, canReview } from '@/lib/permissions';
import { orderedPair } from '@/lib/stories/load-independence';
import { ZCorrectFacts } from '@/lib/validations/facts';
import { parseInput } from '@/lib/validations/parse-input';

/**
 * A reviewer's corrections of a story's facts, pair by pair: two claims state the same fact
 * (merging their facts, or moving a sentence into one), do not (splitting a fact, or moving a
 * sentence out), or are left to the computation again (null). Corrections win over the
 * computation. Both claims must be current claims of the story's reports. One audited event.
 */
export async function correctFacts({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canReview, 'correct facts');
  const { storyId, links, reason } = parseInput(ZCorrectFacts, input);
  return runTransaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { id: true } });
    if (!story) throw new AppError('not_found', 'No story has this id', 'storyId');
    const claimIds = [...new Set(links.flatMap((link) => [link.claimId, link.otherClaimId]))];
    const claims = await tx.claim.findMany({
      where: { id: { in: claimIds }, removedAt: null, orphanedAt: null, report: { storyId }, sentence: { kind: 'body', orphanedAt: null } },
      select: { id: true },
    });
    const current = new Set(claims.map((claim) => claim.id));
    for (const [index, link] of links.entries()) {
      for (const field of ['claimId', 'otherClaimId'] as const) {
        if (!current.has(link[field])) {
          throw new AppError('invalid', `links.${index}.${field} is not a claim for review of this story's reports`, `links.${index}.${field}`);
        }
      }
    }
    const pairs = links.map((link) => ({ pair: orderedPair(link.claimId, link.otherClaimId), sameFact: link.sameFact }));
    const existing = await tx.factLink.findMany({
      where: { OR: pairs.map(({ pair: [claimId, otherClaimId] }) => ({ claimId, otherClaimId })) },
      select: { claimId: true, otherClaimId: true, sameFact: true },
    });
    const previous = new Map(existing.map((link) => [`${link.claimId}|${link.otherClaimId}`, link.sameFact]));
    const latest = new Map(pairs.map((entry) => [entry.pair.join('|'), entry]));
    for (const { pair: [claimId, otherClaimId], sameFact } of latest.values()) {
      if (sameFact === null) await tx.factLink.deleteMany({ where: { claimId, otherClaimId } });
      else {
        await tx.factLink.upsert({
          where: { claimId_otherClaimId: { claimId, otherClaimId } },
          create: { claimId, otherClaimId, sameFact, createdById: actor.id },
          update: { sameFact, createdById: actor.id, createdAt: new Date() },
          select: { claimId: true },
        });
      }
    }
    const changes = [...latest.values()];
    await writeAuditEvent(tx, {
      actor,
      action: 'facts.corrected',
      entityType: 'story',
      entityId: storyId,
      before: { links: changes.map(({ pair }) => ({ claimIds: pair, sameFact: previous.get(pair.join('|')) ?? null })) },
      after: { links: changes.map(({ pair, sameFact }) => ({ claimIds: pair, sameFact })) },
      reason,
    });
    return { storyId, links: changes.map(({ pair, sameFact }) => ({ claimIds: pair, sameFact })) };
  });
}
