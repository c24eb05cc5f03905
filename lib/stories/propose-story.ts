import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZProposeStory } from '@/lib/validations/story';

/**
 * The share of a report's term weight a story must cover to be proposed. Reports of one event
 * share its rare names and words (a report of the Seoul meeting in its own words: 0.79 against
 * the shipped story); a report of another event shares only common words (a dock strike: under 0.3).
 */
export const minimumStoryShare = 0.3;

export type StoryProposal = { storyId: string; title: string; share: number } | null;

/**
 * The story whose reports the report (or text not yet imported) resembles most: each of its search
 * terms (the index suggestions use, sentences.search_vector) weighted by rarity (idf from
 * search_terms), the share of that weight found in the story's reports (body sentences of reports
 * not archived, the report itself left out). None below `minimumStoryShare`.
 */
export async function proposeStory({ actor, input }: { actor: Actor; input: unknown }): Promise<{ proposal: StoryProposal }> {
  assertAllowed(actor, canReadReports, 'read stories');
  const { reportId, text } = parseInput(ZProposeStory, input);
  if (reportId && !(await db.report.findUnique({ where: { id: reportId }, select: { id: true } }))) throw new AppError('not_found', 'No report has this id', 'reportId');
  // Text not yet imported counts once more in its terms' sentence counts, as if it were stored.
  const terms = reportId
    ? Prisma.sql`SELECT DISTINCT unnest(tsvector_to_array(search_vector)) AS lexeme, 0 AS extra FROM sentences
        WHERE report_id = ${reportId}::uuid AND kind = 'body' AND orphaned_at IS NULL`
    : Prisma.sql`SELECT unnest(tsvector_to_array(search_vector_of(${text ?? ''}))) AS lexeme, 1 AS extra`;
  const [best] = await db.$queryRaw<{ storyId: string; title: string; share: number }[]>`
    WITH total AS (
      SELECT greatest(coalesce((SELECT sentences FROM search_terms WHERE lexeme = ''), 0), 1)::float8 AS sentences
    ), terms AS (${terms}), weighted AS (
      SELECT t.lexeme, ln(1 + total.sentences / greatest(coalesce(st.sentences, 0) + t.extra, 1)) AS weight
      FROM terms AS t CROSS JOIN total LEFT JOIN search_terms AS st USING (lexeme)
      WHERE t.lexeme <> ''
    ), found AS (
      SELECT DISTINCT r.story_id, w.lexeme, w.weight
      FROM weighted AS w
      JOIN sentences AS s ON s.search_vector @@ quote_literal(w.lexeme)::tsquery
      JOIN reports AS r ON r.id = s.report_id
      WHERE r.story_id IS NOT NULL AND r.archived_at IS NULL AND s.kind = 'body' AND s.orphaned_at IS NULL
        AND r.id IS DISTINCT FROM ${reportId ?? null}::uuid
    )
    SELECT f.story_id::text AS "storyId", st.title, (sum(f.weight) / greatest((SELECT sum(weight) FROM weighted), 1e-9))::float8 AS share
    FROM found AS f JOIN stories AS st ON st.id = f.story_id
    GROUP BY f.story_id, st.title
    ORDER BY share DESC, f.story_id
    LIMIT 1`;
  return { proposal: best && best.share >= minimumStoryShare ? { storyId: best.storyId, title: best.title, share: Math.round(best.share * 1000) / 1000 } : null };
}
