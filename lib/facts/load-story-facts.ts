import 'server-only';
import { db, type Db } from '@/lib/db';
import { computeStoryFacts, type StoryFacts, type StoryReport } from './compute-story-facts';

type Cached = { fingerprint: string; facts: Promise<StoryFacts> };

// Facts of the stories read last, per server process. Verdicts are not part of them, so saves do
// not invalidate them; anything they are made of changes the fingerprint.
const cache = new Map<string, Cached>();
const cachedStories = 20;

/**
 * What the facts of a story are made of, in one indexed query: its reports and their revisions,
 * their claims and sentences, the reviewers' fact links and the editors' source decisions.
 */
async function storyFingerprint(client: Db, storyId: string): Promise<string> {
  const [row] = await client.$queryRaw<{ fingerprint: string }[]>`
    WITH story_reports AS (
      SELECT id, revision, updated_at FROM reports WHERE story_id = ${storyId}::uuid AND archived_at IS NULL
    )
    SELECT concat_ws('|',
      (SELECT string_agg(id::text || ':' || revision || ':' || extract(epoch FROM updated_at), ',' ORDER BY id) FROM story_reports),
      (SELECT count(*) || ':' || coalesce(extract(epoch FROM max(updated_at)), 0) FROM claims WHERE report_id IN (SELECT id FROM story_reports)),
      (SELECT count(*) || ':' || coalesce(extract(epoch FROM max(updated_at)), 0) FROM sentences WHERE report_id IN (SELECT id FROM story_reports)),
      (SELECT count(*) || ':' || coalesce(extract(epoch FROM max(l.created_at)), 0) FROM fact_links AS l JOIN claims AS c ON c.id = l.claim_id WHERE c.report_id IN (SELECT id FROM story_reports)),
      (SELECT count(*) || ':' || coalesce(extract(epoch FROM max(decided_at)), 0) FROM source_decisions WHERE report_id IN (SELECT id FROM story_reports) OR other_report_id IN (SELECT id FROM story_reports))
    ) AS fingerprint`;
  return row?.fingerprint ?? '';
}

/**
 * The facts of a story's current reports, computed once for each state of what they are made of
 * (on the primary or the replica: the fingerprint says which state a computation is of).
 */
export async function loadStoryFacts(storyId: string, reports: StoryReport[], client: Db = db): Promise<StoryFacts> {
  const fingerprint = await storyFingerprint(client, storyId);
  const cached = cache.get(storyId);
  if (cached && cached.fingerprint === fingerprint) return cached.facts;
  const facts = computeStoryFacts(client, reports);
  cache.delete(storyId);
  cache.set(storyId, { fingerprint, facts });
  facts.catch(() => cache.delete(storyId));
  while (cache.size > cachedStories) cache.delete(cache.keys().next().value ?? '');
  return facts;
}
