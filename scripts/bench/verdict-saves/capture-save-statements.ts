// The exact statements one save sends to Postgres, in order, with their values: this process
// runs saveVerdict once while pg.Client.prototype.query is wrapped. Every query of the Prisma
// adapter passes there (pool queries too, as pg.Pool.query calls it), BEGIN and COMMIT included.
// Chosen over log_statement because the values arrive as sent, without parsing a server log.
// What the audit trigger runs inside Postgres is not sent, so it is not here: the INSERT runs it.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { UserActor } from '@/lib/actor';
import { verdictBody, type VerdictPair } from './verdict-pair';

export type CapturedStatement = { text: string; values: unknown[] };

function asStatement(config: unknown, values: unknown): CapturedStatement {
  if (typeof config === 'string') return { text: config, values: Array.isArray(values) ? values : [] };
  if (typeof config === 'object' && config !== null && 'text' in config && typeof config.text === 'string') {
    return { text: config.text, values: 'values' in config && Array.isArray(config.values) ? config.values : [] };
  }
  throw new Error('A query the capture does not understand');
}

/** Saves the pair's verdict once (as its reviewer, inside a request id as the API does) and returns what was sent. */
export async function captureSaveStatements(pair: VerdictPair): Promise<CapturedStatement[]> {
  const { saveVerdict } = await import('@/lib/review/save-verdict');
  const { withRequestId } = await import('@/lib/audit/request-context');
  const { db } = await import('@/lib/db');
  const user = await db.user.findUniqueOrThrow({ where: { id: pair.reviewerId }, select: { id: true, email: true, name: true, role: true } });
  const actor: UserActor = { kind: 'user', ...user };

  const statements: CapturedStatement[] = [];
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function capture(this: pg.Client, ...args: unknown[]) {
    statements.push(asStatement(args[0], args[1]));
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  try {
    const input = { claimId: pair.claimId, ...verdictBody(pair, 'Captured save', pair.version) };
    await withRequestId(randomUUID(), () => saveVerdict({ actor, input }));
    return statements;
  } finally {
    pg.Client.prototype.query = query as typeof pg.Client.prototype.query;
  }
}

/** A statement in a few words: "SELECT claims", "SELECT reports FOR SHARE", "INSERT audit_events". */
export function describeStatement(text: string): string {
  const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '?';
  const table = /\b(?:FROM|INTO|UPDATE)\s+(?:"public"\.)?"?(\w+)"?/i.exec(text)?.[1];
  const lock = /\bFOR (UPDATE|SHARE)\s*$/i.exec(text)?.[0].toUpperCase();
  return [verb, table, lock].filter(Boolean).join(' ');
}
