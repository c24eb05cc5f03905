import { expect, test } from 'vitest';
import { databaseUnavailable } from '@/lib/database/database-unavailable';

/** What Prisma throws for an error the database (or PgBouncer) reported, as a query through the pg adapter gets it. */
function prismaDatabaseError(state: string, message: string): Error {
  return Object.assign(new Error(`Invalid invocation: Database error. Code: \`${state}\`. Message: \`${message}\``), {
    code: 'P2039',
    meta: { driverAdapterError: Object.assign(new Error(message), { cause: { kind: 'postgres', originalCode: state, originalMessage: message } }) },
  });
}

test.each([
  ['a full pool', new Error('timeout exceeded when trying to connect')],
  ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
  ['a server shutting down', new Error('terminating connection due to administrator command')],
  ['a pooled connection that broke as the server went away', new Error('Client has encountered a connection error and is not queryable')],
  ['a deadlock outside a retried transaction', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
  ['Prisma giving up on a transaction', new Error('Transaction API error: Unable to start a transaction in the given time.')],
  // PgBouncer stays up while the database behind it is gone, and answers with connection-class
  // SQLSTATEs (08P01) inside Prisma's own error.
  ['PgBouncer failing to log in to the database', prismaDatabaseError('08P01', 'server login has been failing, try again later (server_login_retry)')],
  ['PgBouncer giving up waiting for a server connection', prismaDatabaseError('08P01', 'query_wait_timeout')],
  ['a connection failure reported by its SQLSTATE alone', Object.assign(new Error('failed'), { code: '08006' })],
  ['a server in crash recovery', prismaDatabaseError('57P02', 'terminating connection because of crash of another server process')],
])('%s is a 503, not a 500', (_, error) => {
  expect(databaseUnavailable(error)).toMatchObject({ code: 'unavailable' });
});

test('other errors stay what they are', () => {
  expect(databaseUnavailable(new Error('column "x" does not exist'))).toBeNull();
  expect(databaseUnavailable('timeout exceeded when trying to connect')).toBeNull();
  expect(databaseUnavailable(prismaDatabaseError('23505', 'duplicate key value violates unique constraint'))).toBeNull();
  expect(databaseUnavailable(Object.assign(new Error('Not found'), { code: 'P2025' }))).toBeNull();
});
