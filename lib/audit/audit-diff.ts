/** One changed value of an event: where in the record, what it was, what it became. */
export type AuditChange = { path: string; before: unknown; after: unknown };

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix || value !== null) {
    into.set(prefix, value);
  }
  return into;
}

/**
 * The values that differ between an event's before and after, as dotted paths
 * (`evidence.0.url`), in the order they appear; a value only on one side has `undefined` on the
 * other. A creation lists what was created, a removal what was removed.
 */
export function diffAuditValues(before: unknown, after: unknown): AuditChange[] {
  const old = flatten(before, '', new Map());
  const now = flatten(after, '', new Map());
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  // An empty list that gained items (or lost them all) is told by the items themselves.
  const isEmptiedContainer = (path: string) => paths.some((other) => other.startsWith(`${path}.`));
  return paths
    .filter((path) => !isEmptiedContainer(path))
    .filter((path) => JSON.stringify(old.get(path)) !== JSON.stringify(now.get(path)))
    .map((path) => ({ path, before: old.get(path), after: now.get(path) }));
}
