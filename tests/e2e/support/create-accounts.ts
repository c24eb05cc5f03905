// Run once per e2e run by the global setup, under `tsx --conditions=react-server` against the
// test server's database: makes every account in e2eAccounts through the service layer (audited,
// as the user CLI makes them), issues each an API token, and writes them to the file named first.
import { writeFileSync } from 'node:fs';
import { cliActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { createTestUser, uniqueEmail } from '../../support/factories';
import { e2eAccounts, type AccountKey, type CreatedAccount } from './accounts';
import { e2ePassword } from './cli';

async function main(file: string) {
  const created: Partial<Record<AccountKey, CreatedAccount>> = {};
  for (const [key, { role, name }] of Object.entries(e2eAccounts) as [AccountKey, (typeof e2eAccounts)[AccountKey]][]) {
    const user = await createTestUser({ role, name, email: uniqueEmail(key.toLowerCase()), password: e2ePassword });
    const { token } = await issueApiToken({ actor: cliActor, input: { email: user.email, name: 'e2e' } });
    created[key] = { email: user.email, name: user.name, id: user.id, token };
  }
  writeFileSync(file, JSON.stringify(created, null, 2));
}

const file = process.argv[2];
if (!file) throw new Error('Usage: create-accounts.ts <accounts.json>');
main(file).finally(() => db.$disconnect());
