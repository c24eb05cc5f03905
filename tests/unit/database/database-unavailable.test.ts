import { expect, test } from 'vitest';
import { databaseUnavailable } from '@/lib/database/database-unavailable';

test.each([
  ['a full pool', new Error('timeout exceeded when trying to connect')],
  ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
  ['a server shutting down', new Error('terminating connection due to administrator command')],
  ['a pooled connection that broke as the server went away', new Error('Client has encountered a connection error and is not queryable')],
  ['a deadlock outside a retried transaction', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
  ['Prisma giving up on a transaction', new Error('Transaction API error: Unable to start a transaction in the given time.')],
])('%s is a 503, not a 500', (_, error) => {
  expect(databaseUnavailable(error)).toMatchObject({ code: 'unavailable' });
});

test('other errors stay what they are', () => {
  expect(databaseUnavailable(new Error('column "x" does not exist'))).toBeNull();
  expect(databaseUnavailable('timeout exceeded when trying to connect')).toBeNull();
});
