// The generated history of scripts/bench-audit.ts: users, reports, and audit events inserted
// through the chain trigger, plus the inputs of the timed queries drawn from what was loaded.
import type pg from 'pg';

export const actors = 20;
export const reports = 200;
export const sentences = 20_000;
export const batchSize = 50_000;
/** Events are spread over two years when the table reaches this many, one every `spacing` ms. */
export const plannedEvents = 1_000_000;
const historyDays = 730;
const spacingMs = Math.floor((historyDays * 24 * 60 * 60 * 1000) / plannedEvents);

// Ids follow from a number, so events need no join to find their user, report or sentence; the
// version and variant digits are set because the API accepts only RFC 9562 UUIDs.
const uuidOf = (seed: string) => `overlay(overlay(md5(${seed}) placing '4' from 13) placing '8' from 17)::uuid`;
const userId = (n: string) => uuidOf(`'user' || ${n}`);
const reportId = (n: string) => uuidOf(`'report' || ${n}`);
const sentenceId = (n: string) => uuidOf(`'sentence' || ${n}`);

export const editorId = '00000000-0000-4000-8000-0000000000ed';

/** The first day of the history, UTC midnight: date-range pages ask for whole days from it. */
export async function createPeople(client: pg.Client): Promise<Date> {
  await client.query(`
    INSERT INTO users (id, email, name, role, password_hash, is_active, updated_at)
      SELECT ${userId('n')}, 'reviewer' || n || '@bench.test', 'Reviewer ' || n, 'reviewer', '!', false, now() FROM generate_series(1, ${actors}) n;
    INSERT INTO users (id, email, name, role, password_hash, is_active, updated_at)
      VALUES ('${editorId}', 'editor@bench.test', 'Bench Editor', 'editor', '!', false, now());
    INSERT INTO reports (id, slug, outlet, title, body, body_sha256, updated_at)
      SELECT ${reportId('n')}, 'bench-' || n, 'Outlet ' || (n % 20), 'Generated report ' || n, 'Body of report ' || n, md5(n::text) || md5(n::text), now()
      FROM generate_series(1, ${reports}) n;`);
  const { rows } = await client.query<{ start: Date }>(`SELECT date_trunc('day', now() - interval '${historyDays} days', 'UTC') AS start`);
  const start = rows[0]?.start;
  if (!start) throw new Error('no start time');
  return start;
}

// A verdict snapshot as saveVerdict writes it; every fifth one with a source.
const verdictSnapshot = (version: string) => `jsonb_build_object(
  'label', (ARRAY['corroborated', 'single_source', 'disputed'])[1 + floor(label_pick * 3)::int],
  'note', 'Checked against the wire copy, version ' || ${version},
  'version', ${version},
  'evidence', CASE WHEN label_pick < 0.2 THEN jsonb_build_array(jsonb_build_object('url', 'https://example.org/source/' || sentence, 'quote', 'The envoys met in Seoul', 'relation', 'supports')) ELSE '[]'::jsonb END)`;

// Reports are reviewed one after another, as a newsroom does: nine events in ten touch one of the
// sentences (about two reports) under review at that time, the rest any sentence (a late
// correction). A sentence gets about 50 events, most of them within a few days, so its timeline
// is as long in the first 10,000 events as in a million.
const activeSentences = 200;
const eventsPerSentence = plannedEvents / sentences;
const reportOfSentence = `((sentence - 1) / ${sentences / reports} + 1)`;

// Each event's action by cumulative share: verdicts most, then claims, final verdicts, workflow,
// sign-ins and exports. Report-level and user events carry no sentence; user events no report.
const eventsSql = (first: number, last: number, start: Date) => `
INSERT INTO audit_events (created_at, actor_id, action, entity_type, entity_id, report_id, sentence_id, before, after, request_id)
SELECT created_at, actor_id, action, entity_type, entity_id,
  CASE WHEN action IN ('user.signed_in') THEN NULL ELSE ${reportId(reportOfSentence)} END,
  CASE WHEN entity_type IN ('verdict', 'final_verdict', 'claim', 'sentence') THEN ${sentenceId('sentence')} END,
  before, after, md5('request' || g)::uuid::text
FROM (
  SELECT g, created_at, ${userId('actor')} AS actor_id, sentence, label_pick, version, kind.*
  FROM (
    SELECT g, '${start.toISOString()}'::timestamptz + g * interval '${spacingMs} ms' + floor(random() * ${spacingMs}) * interval '1 ms' AS created_at,
      1 + floor(random() * ${actors})::int AS actor,
      CASE WHEN random() < 0.9 THEN 1 + (g / ${eventsPerSentence} + floor(random() * ${activeSentences})::int) % ${sentences}
        ELSE 1 + floor(random() * ${sentences})::int END AS sentence,
      random() AS action_pick, random() AS label_pick, 1 + floor(random() * 4)::int AS version
    FROM generate_series(${first}, ${last}) g
  ) drawn
  CROSS JOIN LATERAL (SELECT * FROM (VALUES
    (0.55, 'verdict.saved', 'verdict', md5('verdict' || sentence || actor)::uuid::text,
      CASE WHEN version > 1 THEN ${verdictSnapshot('version - 1')} END, ${verdictSnapshot('version')}),
    (0.67, 'claim.created', 'claim', md5('claim' || sentence)::uuid::text, NULL,
      jsonb_build_object('sentenceId', ${sentenceId('sentence')}, 'start', 0, 'end', 60, 'text', 'The envoys met in Seoul on Friday')),
    (0.75, 'final_verdict.saved', 'final_verdict', md5('final' || sentence)::uuid::text, NULL,
      ${verdictSnapshot('version')} || jsonb_build_object('basis', 'majority')),
    (0.79, 'sentence.kind_changed', 'sentence', ${sentenceId('sentence')}::text, '{"kind": "body"}'::jsonb, '{"kind": "caption"}'::jsonb),
    (0.82, 'claim.removed', 'claim', md5('claim' || sentence)::uuid::text,
      jsonb_build_object('sentenceId', ${sentenceId('sentence')}, 'start', 0, 'end', 60, 'text', 'The envoys met in Seoul on Friday'), NULL),
    (0.87, 'assignment.added', 'assignment', md5('assignment' || sentence)::uuid::text, NULL,
      jsonb_build_object('reviewerId', ${userId('actor')}, 'reviewerName', 'Reviewer ' || actor)),
    (0.91, 'review.completed', 'review_completion', md5('completion' || sentence)::uuid::text, NULL,
      jsonb_build_object('reviewerId', ${userId('actor')}, 'reviewerName', 'Reviewer ' || actor)),
    (0.93, 'report.status_changed', 'report', ${reportId(reportOfSentence)}::text, '{"status": "in_review"}'::jsonb, '{"status": "in_adjudication"}'::jsonb),
    (0.95, 'export.downloaded', 'export', md5('export' || g)::uuid::text, NULL,
      jsonb_build_object('format', 'csv', 'scope', 'report', 'reportId', ${reportId(reportOfSentence)}, 'reports', 1)),
    (1.0, 'user.signed_in', 'user', ${userId('actor')}::text, NULL, jsonb_build_object('email', 'reviewer' || actor || '@bench.test'))
  ) AS kinds(share, action, entity_type, entity_id, before, after) WHERE action_pick < share ORDER BY share LIMIT 1) kind
) events
ORDER BY g`;

/**
 * Appends events `first`..`last` (1-based) in statements of `batchSize` rows, each its own
 * transaction, through the chain trigger. created_at grows with the event number, so with
 * sequence; the seed makes every run draw the same history.
 */
export async function loadEvents(client: pg.Client, first: number, last: number, start: Date): Promise<void> {
  await client.query(`SELECT setseed(${first / (plannedEvents * 2)})`);
  for (let from = first; from <= last; from += batchSize) {
    await client.query(eventsSql(from, Math.min(from + batchSize - 1, last), start));
  }
  await client.query('ANALYZE');
}

export type TimedInputs = {
  sentenceIds: string[];
  actorIds: string[];
  reportCursors: { reportId: string; createdAt: Date; sequence: bigint }[];
  days: string[];
};

/**
 * Inputs for the filtered pages, varied over repetitions as real readers vary them: reviewed
 * sentences, every actor, busy reports from the event half-way back
 * in their history, whole days.
 */
export async function drawInputs(client: pg.Client, start: Date, count: number): Promise<TimedInputs> {
  // Reviewed sentences, whose timeline fills most of one page at every size, so that a page of
  // the first 10,000 events is compared with a page as long in a million.
  // (A history too small to have any draws on its busiest sentences.)
  const sentenceRows = await client.query<{ id: string }>(`
    WITH timelines AS (SELECT sentence_id AS id, count(*) AS events FROM audit_events WHERE sentence_id IS NOT NULL GROUP BY sentence_id)
    SELECT id FROM timelines WHERE events BETWEEN least(40, (SELECT max(events) FROM timelines)) AND 50 ORDER BY md5(id::text) LIMIT ${count}`);
  const actorRows = await client.query<{ id: string }>(`SELECT ${userId('n')}::text AS id FROM generate_series(1, ${actors}) n`);
  // The busiest reports first: those with at least two pages before their half-way event.
  const cursorRows = await client.query<{ reportId: string; createdAt: Date; sequence: string }>(`
    WITH halves AS (
      SELECT report_id, count(*) AS events, percentile_disc(0.5) WITHIN GROUP (ORDER BY sequence) AS sequence
      FROM audit_events WHERE report_id IS NOT NULL GROUP BY report_id
    )
    SELECT h.report_id AS "reportId", e.created_at AS "createdAt", e.sequence::text AS sequence
    FROM halves h JOIN audit_events e USING (sequence)
    WHERE h.events >= least(200, (SELECT max(events) FROM halves)) ORDER BY h.events DESC LIMIT ${count}`);
  const { rows } = await client.query<{ newest: Date }>('SELECT max(created_at) AS newest FROM audit_events');
  const wholeDays = Math.max(1, Math.floor(((rows[0]?.newest.getTime() ?? start.getTime()) - start.getTime()) / 86_400_000));
  const days = Array.from({ length: count }, (_, index) => new Date(start.getTime() + ((index * 7919) % wholeDays) * 86_400_000).toISOString().slice(0, 10));
  return {
    sentenceIds: sentenceRows.rows.map((row) => row.id),
    actorIds: actorRows.rows.map((row) => row.id),
    reportCursors: cursorRows.rows.map((row) => ({ ...row, sequence: BigInt(row.sequence) })),
    days,
  };
}
