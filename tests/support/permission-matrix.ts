import { readFileSync } from 'node:fs';
import path from 'node:path';

export const callers = ['anonymous', 'deactivated', 'reviewer', 'editor', 'admin'] as const;
export type Caller = (typeof callers)[number];
export type Outcome = 'ok' | '401' | '403' | '404' | '409' | 'login' | 'home';

export type MatrixRow = { section: string; entry: string; name: string; qualifier: string | null; expected: Record<Caller, Outcome> };

const outcomes = new Set<string>(['ok', '401', '403', '404', '409', 'login', 'home']);
export const matrixFile = path.resolve(import.meta.dirname, '../../docs/permissions.md');

/**
 * The rows of docs/permissions.md: each table row's first cell is the entry point in backticks,
 * optionally followed by "(qualifier)"; the rest are outcomes for the callers in order.
 */
export function readPermissionMatrix(file = matrixFile): MatrixRow[] {
  const rows: MatrixRow[] = [];
  let section = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    const cells = /^\|\s*`([^`]+)`\s*(\(([^)]*)\))?\s*\|(.*)\|\s*$/.exec(line);
    if (!cells) continue;
    const [, name = '', , qualifier, rest = ''] = cells;
    const values = rest.split('|').map((cell) => cell.trim());
    if (values.length !== callers.length || values.some((value) => !outcomes.has(value))) {
      throw new Error(`docs/permissions.md: the row for ${name} needs ${callers.length} outcomes out of ${[...outcomes].join(', ')}, not "${rest}"`);
    }
    const expected = Object.fromEntries(callers.map((caller, index) => [caller, values[index]])) as Record<Caller, Outcome>;
    rows.push({ section, entry: qualifier ? `${name} (${qualifier})` : name, name, qualifier: qualifier ?? null, expected });
  }
  return rows;
}
