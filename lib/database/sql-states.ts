// Prisma's own error codes (P1001, P2034, …), as opposed to SQLSTATEs such as PL/pgSQL's P0001.
const prismaCode = /^P[1-9]\d{3}$/;

/**
 * The SQLSTATEs an error reports, its own and those of the errors it wraps: Prisma's error, the
 * driver adapter's inside it (`originalCode`), node-postgres's (`code`). Prisma's model queries
 * report a lost serialization race as P2034 with no SQLSTATE inside, so that one stands for 40001.
 */
export function sqlStates(error: unknown): string[] {
  const states: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, originalCode } = current as { code?: unknown; originalCode?: unknown };
    if (code === 'P2034') states.push('40001');
    else if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !prismaCode.test(code)) states.push(code);
    if (typeof originalCode === 'string') states.push(originalCode);
    const { meta, cause } = current as { meta?: { driverAdapterError?: unknown }; cause?: unknown };
    current = meta?.driverAdapterError ?? cause;
  }
  return states;
}
