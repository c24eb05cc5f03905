/** One line of the results table: a figure, its target if it has one, and whether it is met. */
export type TargetRow = { figure: string; value: string; target: string; met: boolean | null; gap: string | null };

const format = (value: number, unit: string) => `${+value.toFixed(2)}${unit}`;

export function informational(figure: string, value: string): TargetRow {
  return { figure, value, target: '—', met: null, gap: null };
}

export function atMost(figure: string, value: number, limit: number, unit: string, { strict = true } = {}): TargetRow {
  const met = strict ? value < limit : value <= limit;
  return { figure, value: format(value, unit), target: `${strict ? '<' : '≤'} ${format(limit, unit)}`, met, gap: met ? null : `${format(value - limit, unit)} over` };
}

export function atLeast(figure: string, value: number, floor: number, unit: string): TargetRow {
  const met = value >= floor;
  return { figure, value: format(value, unit), target: `≥ ${format(floor, unit)}`, met, gap: met ? null : `${format(floor - value, unit)} short` };
}

export function noneOf(figure: string, count: number): TargetRow {
  return { figure, value: String(count), target: '0', met: count === 0, gap: count === 0 ? null : `${count} failed` };
}

export function metCell(row: TargetRow): string {
  if (row.met === null) return '—';
  return row.met ? 'yes' : `NO (${row.gap})`;
}
