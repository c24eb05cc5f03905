// npm run bench:audit [-- --events 10000,1000000 --runs 200] - times browsing the audit history
// as it grows: makes a scratch database on the local Postgres server (or DATABASE_URL's), loads
// generated events through the chain trigger until the table holds each size, then times pages
// of listAuditEvents (first page, filtered pages, a page half-way back, one day), EXPLAINs their
// exact SQL at the largest size and times verifyAuditChain. Prints p50/p95 per size, a table and
// a JSON line; exits 1 if a plan scans or sorts the whole table or the SQL uses OFFSET. The
// scratch database is dropped after, also on failure.
import '../../lib/load-env-file';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import type { UserActor } from '@/lib/actor';
import { encodeAuditCursor } from '@/lib/validations/audit-query';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { percentile } from '../statistics';
import { createPeople, drawInputs, editorId, loadEvents, type TimedInputs } from './audit-data';

const { values: options } = parseArgs({ options: { events: { type: 'string', default: '10000,1000000' }, runs: { type: 'string', default: '200' } } });
const sizes = (options.events ?? '').split(',').map(Number);
const runs = Number(options.runs);
const warmUps = 20;
const targets = { ratio: 2, p95Ms: 50 };

const round = (value: number, digits = 2) => +value.toFixed(digits);

const editor: UserActor = { kind: 'user', id: editorId, email: 'editor@bench.test', name: 'Bench Editor', role: 'editor' };

// The SQL listAuditEvents sends, exactly as the Prisma adapter hands it to pg, for EXPLAIN.
type CapturedQuery = { text: string; values: unknown[] };
let lastAuditQuery: CapturedQuery | undefined;
const poolQuery = pg.Pool.prototype.query as (...args: unknown[]) => unknown;
pg.Pool.prototype.query = function capture(this: pg.Pool, ...args: unknown[]) {
  const [config] = args;
  if (typeof config === 'object' && config !== null && 'text' in config && typeof config.text === 'string' && config.text.includes('FROM audit_events e')) {
    lastAuditQuery = { text: config.text, values: 'values' in config && Array.isArray(config.values) ? config.values : [] };
  }
  return poolQuery.apply(this, args);
} as typeof pg.Pool.prototype.query;

type PlanNode = {
  'Node Type': string;
  'Join Type'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
};

type PlanSummary = { name: string; executionMs: number; sharedHit: number; sharedRead: number; top: string; indexes: string[]; problems: string[]; tree: string[] };

/** EXPLAINs the page's SQL; a problem is a Seq Scan of audit_events, OFFSET, or a Sort of a tenth of the table or more. */
async function explainAuditQuery(client: pg.Client, name: string, events: number, page: () => Promise<unknown>): Promise<PlanSummary> {
  lastAuditQuery = undefined;
  await page();
  if (!lastAuditQuery) throw new Error('no audit query was captured');
  const { text, values }: CapturedQuery = lastAuditQuery;
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
  const explained = rows[0]?.['QUERY PLAN'][0];
  if (!explained) throw new Error('EXPLAIN returned no plan');
  const problems = /\bOFFSET\b/i.test(text) ? ['the SQL uses OFFSET'] : [];
  const indexes: string[] = [];
  const tree: string[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const rowsOut = node['Actual Rows'] * node['Actual Loops'];
    const on = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
    const using = node['Index Name'] ? ` using ${node['Index Name']}` : '';
    const direction = node['Scan Direction'] === 'Backward' ? ' (backward)' : '';
    const join = node['Join Type'] && node['Join Type'] !== 'Inner' ? ` ${node['Join Type']} Join` : '';
    tree.push(`${'  '.repeat(depth)}${node['Node Type']}${join}${on}${using}${direction}: ${rowsOut} rows`);
    if (node['Index Name']) indexes.push(node['Index Name']);
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'audit_events') problems.push('Seq Scan on audit_events');
    const sorted = (node.Plans ?? []).reduce((sum, child) => sum + child['Actual Rows'] * child['Actual Loops'], 0);
    if (node['Node Type'].endsWith('Sort') && sorted >= events / 10) problems.push(`${node['Node Type']} of ${sorted} rows`);
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(explained.Plan, 0);
  const plan = explained.Plan;
  return {
    name,
    executionMs: round(explained['Execution Time']),
    sharedHit: plan['Shared Hit Blocks'],
    sharedRead: plan['Shared Read Blocks'],
    top: plan['Node Type'],
    indexes: [...new Set(indexes)],
    problems,
    tree,
  };
}

type Case = { name: string; input: (run: number) => Record<string, string> };

function cases(inputs: TimedInputs): Case[] {
  const pick = <T>(list: T[], run: number): T => {
    const item = list[run % list.length];
    if (item === undefined) throw new Error('nothing to draw inputs from');
    return item;
  };
  return [
    { name: 'first page', input: () => ({}) },
    { name: 'sentence timeline', input: (run) => ({ sentenceId: pick(inputs.sentenceIds, run) }) },
    { name: 'actor + verdict.saved', input: (run) => ({ actor: pick(inputs.actorIds, run), action: 'verdict.saved' }) },
    { name: 'actor + report.status_changed', input: (run) => ({ actor: pick(inputs.actorIds, run), action: 'report.status_changed' }) },
    { name: 'report, half-way back', input: (run) => ({ reportId: pick(inputs.reportCursors, run).reportId, cursor: encodeAuditCursor(pick(inputs.reportCursors, run)) }) },
    { name: 'one day', input: (run) => ({ from: pick(inputs.days, run), to: pick(inputs.days, run) }) },
  ];
}

type Timing = { p50: number; p95: number; max: number; itemsPerPage: number };

async function timeCase(benchCase: Case): Promise<Timing> {
  const { listAuditEvents } = await import('@/lib/audit-history/list-audit-events');
  const page = (run: number) => listAuditEvents({ actor: editor, input: { ...benchCase.input(run), limit: '50' } });
  for (let run = 0; run < warmUps; run += 1) await page(run);
  const timings: number[] = [];
  let items = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = await page(run);
    timings.push(performance.now() - started);
    items += result.items.length;
  }
  return { p50: round(percentile(timings, 0.5)), p95: round(percentile(timings, 0.95)), max: round(percentile(timings, 1)), itemsPerPage: round(items / runs, 1) };
}

async function machine(client: pg.Client) {
  const { rows } = await client.query<{ version: string; sharedBuffers: string }>(`SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS "sharedBuffers"`);
  return { cores: os.availableParallelism(), memoryGb: round(os.totalmem() / 2 ** 30, 1), cpu: os.cpus()[0]?.model ?? 'unknown', postgres: rows[0]?.version, sharedBuffers: rows[0]?.sharedBuffers };
}

async function bench(url: string) {
  process.env.DATABASE_URL = url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { listAuditEvents } = await import('@/lib/audit-history/list-audit-events');
    const { verifyAuditChain } = await import('@/lib/audit/audit-chain');
    const start = await createPeople(client);
    const loads = [];
    const timings: Record<number, Record<string, Timing>> = {};
    const verifications = [];
    let plans: PlanSummary[] = [];
    let loaded = 0;
    for (const size of sizes) {
      const loadStarted = performance.now();
      await loadEvents(client, loaded + 1, size, start);
      const seconds = (performance.now() - loadStarted) / 1000;
      loads.push({ events: size - loaded, seconds: round(seconds, 1), eventsPerSecond: Math.round((size - loaded) / seconds) });
      console.log(`Loaded ${(size - loaded).toLocaleString('en')} events (table now ${size.toLocaleString('en')}) in ${seconds.toFixed(1)} s: ${Math.round((size - loaded) / seconds).toLocaleString('en')} events/s, ANALYZE included`);
      loaded = size;

      const sizeCases = cases(await drawInputs(client, start, runs));
      timings[size] = {};
      for (const benchCase of sizeCases) {
        const timing = await timeCase(benchCase);
        timings[size][benchCase.name] = timing;
        console.log(`  ${size.toLocaleString('en')} events, ${benchCase.name}: p50 ${timing.p50} ms, p95 ${timing.p95} ms, max ${timing.max} ms, ${timing.itemsPerPage} items/page`);
      }
      if (size === sizes.at(-1)) {
        plans = [];
        for (const benchCase of sizeCases) {
          const page = () => listAuditEvents({ actor: editor, input: { ...benchCase.input(0), limit: '50' } });
          plans.push(await explainAuditQuery(client, benchCase.name, size, page));
        }
      }
      const verifyStarted = performance.now();
      const verification = await verifyAuditChain();
      const verifySeconds = (performance.now() - verifyStarted) / 1000;
      if (!verification.ok) throw new Error(`the generated chain does not verify: ${verification.problem}`);
      verifications.push({ events: verification.events, seconds: round(verifySeconds, 1), eventsPerSecond: Math.round(verification.events / verifySeconds) });
      console.log(`  verifyAuditChain: ${verification.events.toLocaleString('en')} events in ${verifySeconds.toFixed(1)} s`);
    }
    return { machine: await machine(client), loads, timings, plans, verifications };
  } finally {
    await client.end();
    const { db } = await import('@/lib/db');
    await db.$disconnect();
  }
}

function report(result: Awaited<ReturnType<typeof bench>>, totalSeconds: number): boolean {
  const [smallest, largest] = [sizes[0] ?? 0, sizes.at(-1) ?? 0];
  const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`);
  const rows = Object.keys(result.timings[largest] ?? {}).map((name) => {
    const small = result.timings[smallest]?.[name];
    const large = result.timings[largest]?.[name];
    const ratio = small && large ? round(large.p50 / small.p50) : Number.NaN;
    return { name, small, large, ratio, met: ratio <= targets.ratio && (large?.p95 ?? Infinity) < targets.p95Ms };
  });
  const { machine } = result;
  console.log(`\nAudit history pages through listAuditEvents (limit 50), ${runs} runs each after ${warmUps} warm-ups, ms:`);
  console.log(`Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, PostgreSQL ${machine.postgres} (shared_buffers ${machine.sharedBuffers})`);
  console.log(`| Page | ${label(smallest)} p50 | ${label(smallest)} p95 | ${label(largest)} p50 | ${label(largest)} p95 | ${label(largest)}/${label(smallest)} p50 | Items per page |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.name} | ${row.small?.p50} | ${row.small?.p95} | ${row.large?.p50} | ${row.large?.p95} | ${row.ratio}×${row.met ? '' : ' (missed)'} | ${row.small?.itemsPerPage} / ${row.large?.itemsPerPage} |`);
  for (const load of result.loads) console.log(`Load: ${load.events.toLocaleString('en')} events in ${load.seconds} s (${load.eventsPerSecond.toLocaleString('en')} events/s)`);
  for (const verification of result.verifications) console.log(`verifyAuditChain: ${verification.events.toLocaleString('en')} events in ${verification.seconds} s`);
  console.log(`\nPlans at ${largest.toLocaleString('en')} events (EXPLAIN ANALYZE, BUFFERS of the captured SQL):`);
  for (const plan of result.plans) {
    console.log(`- ${plan.name}: ${plan.executionMs} ms, buffers hit ${plan.sharedHit} read ${plan.sharedRead}; indexes ${plan.indexes.join(', ') || 'none'}${plan.problems.length > 0 ? `; PROBLEM: ${plan.problems.join('; ')}` : ''}`);
    for (const line of plan.tree) console.log(`    ${line}`);
  }
  const targetsMet = rows.every((row) => row.met);
  const plansOk = result.plans.every((plan) => plan.problems.length === 0);
  console.log(`\nTargets (${label(largest)}/${label(smallest)} p50 ≤ ${targets.ratio}×, p95 < ${targets.p95Ms} ms at ${label(largest)}): ${targetsMet ? 'met' : 'MISSED'}; plans ${plansOk ? 'ok' : 'FAIL'}; total ${totalSeconds.toFixed(0)} s`);
  const plans = result.plans.map(({ tree: _tree, ...plan }) => plan);
  console.log(JSON.stringify({ ...result, plans, runs, ratios: Object.fromEntries(rows.map((row) => [row.name, row.ratio])), targets, targetsMet, plansOk, totalSeconds: round(totalSeconds, 0) }));
  return plansOk;
}

async function main(): Promise<number> {
  const started = performance.now();
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_bench_audit');
  const dropOnInterrupt = () => void dropDatabase(serverUrl, name).finally(() => process.exit(130));
  process.once('SIGINT', dropOnInterrupt);
  try {
    const url = await createDatabase(serverUrl, name);
    await applyMigrations(url);
    const result = await bench(url);
    return report(result, (performance.now() - started) / 1000) ? 0 : 1;
  } finally {
    process.off('SIGINT', dropOnInterrupt);
    await dropDatabase(serverUrl, name);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
