// npm run bench:export [-- --verdicts 100000,1000000 --runs 3] - times streamed exports against
// Postgres's own COPY of the same rows: for each size, makes a scratch database on the local
// Postgres server (or DATABASE_URL's), generates reports of 1,000 sentences, one claim each, two
// reviewers' verdicts per claim (every fourth with an outside source), then exports every verdict
// as CSV and JSON in a process of its own (peak RSS, time, time to first byte) and runs COPY of
// the same rows to /dev/null with psql. Medians over the runs; prints a table and a JSON line.
import '../../lib/load-env-file';
import { execFileSync, spawnSync } from 'node:child_process';
import pg from 'pg';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { median } from '../statistics';

const sentencesPerReport = 1_000;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const sizes = option('verdicts', '100000,1000000').split(',').map(Number);
const runs = Number(option('runs', '3'));

// Fixed-width sentences, so each one's offsets in the body follow from its index.
const generateSql = (reports: number) => `
INSERT INTO users (id, email, name, role, password_hash, is_active, updated_at) VALUES
  ('00000000-0000-4000-8000-000000000001', 'alice@bench.test', 'Alice Reviewer', 'reviewer', '!', false, now()),
  ('00000000-0000-4000-8000-000000000002', 'bob@bench.test', 'Bob Reviewer', 'reviewer', '!', false, now());
CREATE TEMP TABLE bench_sentence AS
  SELECT r, i, format('Sentence %s of report %s says the envoys met in Seoul on Friday.', lpad(i::text, 6, '0'), lpad(r::text, 6, '0')) AS text
  FROM generate_series(1, ${reports}) r, generate_series(0, ${sentencesPerReport - 1}) i;
INSERT INTO reports (id, slug, outlet, title, body, body_sha256, created_at, updated_at)
  SELECT gen_random_uuid(), 'bench-' || r, 'Outlet ' || (r % 20), 'Generated report ' || r, string_agg(text, ' ' ORDER BY i), md5(r::text) || md5(r::text), now() + r * interval '1 ms', now()
  FROM bench_sentence GROUP BY r;
INSERT INTO sentences (id, report_id, revision, index, start, "end", text, prefix, suffix, kind, detected_kind, updated_at)
  SELECT gen_random_uuid(), reports.id, 1, i, i * (length(text) + 1), i * (length(text) + 1) + length(text), text, '', '', 'body', 'body', now()
  FROM bench_sentence JOIN reports ON reports.slug = 'bench-' || r;
INSERT INTO claims (id, report_id, sentence_id, revision, start, "end", text, prefix, suffix, is_default, updated_at)
  SELECT gen_random_uuid(), report_id, id, 1, start, "end", text, '', '', true, now() FROM sentences;
INSERT INTO verdicts (id, claim_id, reviewer_id, label, note, created_at, updated_at)
  SELECT gen_random_uuid(), claims.id, reviewer, (ARRAY['corroborated', 'single_source', 'disputed'])[1 + (abs(hashtext(claims.id::text)) + n) % 3]::"VerdictLabel",
         'Checked against the wire copy, note ' || n, now(), now()
  FROM claims, (VALUES (1, '00000000-0000-4000-8000-000000000001'::uuid), (2, '00000000-0000-4000-8000-000000000002'::uuid)) AS reviewers(n, reviewer);
INSERT INTO evidence (id, verdict_id, position, relation, url, quote)
  SELECT gen_random_uuid(), id, 0, 'supports', 'https://example.org/source/' || id, 'The envoys met in Seoul'
  FROM verdicts WHERE abs(hashtext(id::text)) % 4 = 0;
ANALYZE;`;

// The rows of the CSV export of every verdict, as Postgres itself would write them.
const copySql = `COPY (
  SELECT r.title, r.outlet, r.url, s.index + 1, c.id, c.text, 'reviewer', v.label, v.note,
         (SELECT string_agg(e.relation || ': ' || e.url || ' ' || e.quote, E'\\n' ORDER BY e.position) FROM evidence e WHERE e.verdict_id = v.id),
         u.name, v.version, v.created_at, v.updated_at
  FROM verdicts v JOIN claims c ON c.id = v.claim_id JOIN sentences s ON s.id = c.sentence_id JOIN reports r ON r.id = c.report_id JOIN users u ON u.id = v.reviewer_id
  ORDER BY r.created_at, r.id, s.index, v.created_at, v.id
) TO STDOUT WITH (FORMAT csv, HEADER)`;


type RunResult = { bytes: number; lines: number; seconds: number; firstByteMs: number; baselineRssMb: number; peakRssMb: number };

function runExport(url: string, format: string): RunResult {
  const output = execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench/export/timed-export.ts', format, 'all'], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 2 ** 24,
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}

function runCopy(url: string): number {
  const started = performance.now();
  const result = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', copySql], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('psql COPY failed');
  return (performance.now() - started) / 1000;
}

async function benchSize(serverUrl: string, verdicts: number) {
  const name = uniqueDatabaseName('factcheck_bench_export');
  const url = await createDatabase(serverUrl, name);
  try {
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const generateStarted = performance.now();
    await client.query(generateSql(verdicts / 2 / sentencesPerReport));
    const generatedSeconds = (performance.now() - generateStarted) / 1000;
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM verdicts');
    await client.end();
    console.log(`${Number(rows[0]?.count).toLocaleString('en')} verdicts generated in ${generatedSeconds.toFixed(1)} s`);

    const results: Record<string, RunResult[]> = { csv: [], json: [] };
    const copySeconds: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      for (const format of ['csv', 'json']) results[format]?.push(runExport(url, format));
      copySeconds.push(runCopy(url));
    }
    const summary = (format: string) => {
      const list = results[format] ?? [];
      return {
        seconds: +median(list.map((result) => result.seconds)).toFixed(2),
        firstByteMs: +median(list.map((result) => result.firstByteMs)).toFixed(0),
        peakRssMb: +median(list.map((result) => result.peakRssMb)).toFixed(0),
        baselineRssMb: +median(list.map((result) => result.baselineRssMb)).toFixed(0),
        megabytes: +((list[0]?.bytes ?? 0) / 2 ** 20).toFixed(1),
      };
    };
    return { verdicts, csv: summary('csv'), json: summary('json'), copySeconds: +median(copySeconds).toFixed(2) };
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

async function main() {
  const serverUrl = testServerUrl();
  const results = [];
  for (const verdicts of sizes) results.push(await benchSize(serverUrl, verdicts));
  console.log(`\nExport of every verdict, medians of ${runs} runs (peak RSS of the exporting process):`);
  console.log('| Verdicts | CSV time | CSV first byte | CSV peak RSS | JSON time | JSON peak RSS | COPY time | CSV / COPY |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const result of results) {
    console.log(
      `| ${result.verdicts.toLocaleString('en')} | ${result.csv.seconds} s | ${result.csv.firstByteMs} ms | ${result.csv.peakRssMb} MB | ${result.json.seconds} s | ${result.json.peakRssMb} MB | ${result.copySeconds} s | ${(result.csv.seconds / result.copySeconds).toFixed(1)}× |`,
    );
  }
  const [smallest, largest] = [results[0], results.at(-1)];
  const memoryRatio = smallest && largest ? +(largest.csv.peakRssMb / smallest.csv.peakRssMb).toFixed(2) : null;
  if (results.length > 1) console.log(`Peak memory, largest over smallest export: ${memoryRatio}× (target ≤ 1.2×)`);
  console.log(JSON.stringify({ runs, results, memoryRatio }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
