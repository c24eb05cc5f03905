import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZLocateClaim } from '@/lib/validations/review-workspace';

/**
 * Where a claim of a report stands now: the index of its current sentence. Links into the app
 * name claims (an export's ClaimReview `url`), and a claim keeps its id when a corrected version
 * of the report moves it, so such a link still lands where the claim is.
 */
export async function locateClaim({ actor, input }: { actor: Actor; input: unknown }): Promise<{ index: number }> {
  const { reportId, claimId } = parseInput(ZLocateClaim, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const claim = await db.claim.findFirst({ where: { id: claimId, reportId, orphanedAt: null, sentence: { orphanedAt: null } }, select: { sentence: { select: { index: true } } } });
  if (!claim) throw new AppError('not_found', 'This report has no current claim with this id', 'claimId');
  return { index: claim.sentence.index };
}
