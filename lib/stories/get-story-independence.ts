import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZStoryIndependence } from '@/lib/validations/source-relation';
import { loadIndependenceWithComputed, type IndependenceReason } from './load-independence';
import { orderedPair } from './ordered-pair';
import type { TextReuseFigures } from './text-reuse';

type Judgement = { independent: boolean; derivedReportId: string | null; reasons: IndependenceReason[] };

export type StoryIndependence = {
  reports: { id: string; outlet: string; title: string | null }[];
  independence: (Judgement & {
    /** The pair, lower id first. */
    reportIds: [string, string];
    /** Whether an editor's decision is what applies. */
    decided: boolean;
    /** What credit lines and text reuse say, shown beside an editor's decision too. */
    computed: Judgement & { textReuse: { ofReport: TextReuseFigures; ofOther: TextReuseFigures } | null };
  })[];
};

/**
 * Whether each pair of a story's reports (archived ones left out) are independent sources, and
 * why: the editor's decision where there is one, with what the evidence says beside it.
 */
export async function getStoryIndependence({ actor, input }: { actor: Actor; input: unknown }): Promise<StoryIndependence> {
  assertAllowed(actor, canReadReports, 'read stories');
  const { storyId } = parseInput(ZStoryIndependence, input);
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!story) throw new AppError('not_found', 'No story has this id', 'storyId');
  const reports = await db.report.findMany({
    where: { storyId, archivedAt: null },
    select: { id: true, outlet: true, title: true },
    orderBy: [{ publishedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
  });
  const independence: StoryIndependence['independence'] = [];
  for (const [index, report] of reports.entries()) {
    const later = reports.slice(index + 1).map((other) => other.id);
    const pairs = await loadIndependenceWithComputed(db, report.id, later);
    for (const otherId of later) {
      const pair = pairs.get(otherId);
      if (!pair) continue;
      const { independent, derivedReportId, reasons, computed } = pair;
      independence.push({
        reportIds: orderedPair(report.id, otherId),
        independent,
        derivedReportId,
        reasons,
        decided: reasons.some((reason) => reason.kind === 'editor'),
        computed: {
          independent: computed.independent,
          derivedReportId: computed.derivedReportId,
          reasons: computed.reasons,
          textReuse: computed.textReuse ? computed.textReuse.figures : null,
        },
      });
    }
  }
  return { reports, independence };
}
