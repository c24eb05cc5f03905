// Turns the captured statements of one save into a pgbench script that replays them with literal
// values, each pgbench client on its own (claim, reviewer) pair: the pair's ids come from a helper
// table by `:client_id` (\gset) and stand where the captured pair's ids stood. Ids that the save
// generated for new rows (the evidence row, the request id of the audit event) become
// gen_random_uuid(), so replays do not collide.
import type { CapturedStatement } from './capture-save-statements';
import type { VerdictPair } from './verdict-pair';

export const pgbenchPairTable = 'bench_pgbench_pairs';

/** The pair's ids by the pgbench variable (and helper table column) that carries them. */
export function pairColumns(pair: VerdictPair): Record<string, string> {
  return {
    claim_id: pair.claimId,
    reviewer_id: pair.reviewerId,
    verdict_id: pair.verdictId,
    report_id: pair.reportId,
    sentence_id: pair.sentenceId,
    evidence_sentence_id: pair.evidenceSentenceId,
    evidence_report_id: pair.evidenceReportId,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  throw new Error(`No SQL literal for a ${typeof value} value`);
}

function replayStatement(statement: CapturedStatement, variableOf: Map<string, string>): string {
  const isInsert = /^\s*INSERT\b/i.test(statement.text);
  // One line per command, as pgbench reads them; the SQL text itself holds no string literals.
  const text = statement.text.replace(/\s+/g, ' ').trim().replace(/;$/, '');
  const replayed = (value: unknown): string => {
    // An array parameter (id = ANY($1::uuid[])) as an array of the same replayed values.
    if (Array.isArray(value)) return `ARRAY[${value.map(replayed).join(', ')}]`;
    const variable = typeof value === 'string' ? variableOf.get(value) : undefined;
    if (variable) return `:${variable}`;
    if (typeof value === 'string' && uuidPattern.test(value)) {
      if (isInsert) return 'gen_random_uuid()';
      throw new Error(`The save read a row the replay cannot give each client its own of (${value}): ${text}`);
    }
    return literal(value);
  };
  const sql = text.replace(/\$(\d+)/g, (_, position: string) => replayed(statement.values[Number(position) - 1]));
  // pgbench would read ":name" inside a literal as a variable it does not have.
  const stray = /(?<!:):([A-Za-z_]\w*)/g;
  for (const [, name] of sql.matchAll(stray)) {
    if (name && ![...variableOf.values()].includes(name)) throw new Error(`":${name}" in a replayed statement would be read as a pgbench variable: ${sql}`);
  }
  return `${sql};`;
}

/** The pgbench script replaying `statements`, which were captured saving `capturedPair`'s verdict. */
export function buildPgbenchScript(statements: CapturedStatement[], capturedPair: VerdictPair): string {
  const columns = pairColumns(capturedPair);
  const variableOf = new Map(Object.entries(columns).map(([column, id]) => [id, column]));
  const lookup = `SELECT ${Object.keys(columns).join(', ')} FROM ${pgbenchPairTable} WHERE client_id = :client_id \\gset`;
  return [lookup, ...statements.map((statement) => replayStatement(statement, variableOf))].join('\n') + '\n';
}
