import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { assertAllowed, canDeleteReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';
import { countReportReviews, deletionRefusal } from './deletion-refusal';

/** What the report page's delete control tells editors: the report's reviews, and why it cannot be deleted (null when it can). */
export async function getReportRemoval({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDeleteReports, 'delete reports');
  const { reportId } = parseInput(ZReportRef, input);
  const reviews = await countReportReviews(db, reportId);
  return { ...reviews, deletionRefusal: deletionRefusal(reviews) };
}
