// DATABASE_URL=<owner url> npm run db:grant-app-role -- <role> - gives the server's login role its
// rights on DATABASE_URL's database: INSERT and SELECT only on audit_events, ordinary rights on the
// rest. Run it as the owner role after npm run db:migrate; the role must already exist.
import './lib/load-env-file';
import pg from 'pg';
import { describeDatabaseUrl } from '@/lib/database/describe-database-url';
import { grantAppRole } from '@/lib/database/app-role-grants';
import { configuredDatabaseUrl } from '@/lib/env';

const usage = 'Usage: DATABASE_URL=<owner role url> npm run db:grant-app-role -- <role>';

async function main() {
  const url = configuredDatabaseUrl();
  const [role, ...extra] = process.argv.slice(2);
  if (!url) {
    console.error(`DATABASE_URL is not set: point it at the database, connecting as the role that owns the tables.\n${usage}`);
    process.exit(2);
  }
  if (!role || extra.length > 0) {
    console.error(usage);
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const granted = await grantAppRole(client, role);
    console.log(`Granted "${granted.role}" the server's rights on ${describeDatabaseUrl(url)} (tables owned by "${granted.owner}"):`);
    for (const statement of granted.statements) console.log(`  ${statement};`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
