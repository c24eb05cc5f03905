// npm run user -- <command> [options] - manage accounts from the command line.
//   create --email E --name N --role admin|editor|reviewer   (password: $FACTCHECK_PASSWORD, or generated and printed)
//   set-role --email E --role R
//   deactivate --email E  |  reactivate --email E
//   reset-password --email E                                 (password: $FACTCHECK_PASSWORD, or generated and printed)
//   token --email E [--name N]                               (prints a personal API token once)
// Uses DATABASE_URL, or the embedded database (through the running server when it is up).
import './lib/load-env-file';
import { parseArgs } from 'node:util';
import { withCliDatabase } from './lib/with-cli-database';

const usage = `Usage: npm run user -- <create|set-role|deactivate|reactivate|reset-password|token> --email E [--name N] [--role R]`;

// An operator may choose the password; otherwise the service generates one and it is printed once.
function passwordFromEnvironment(): { password?: string } {
  const password = process.env.FACTCHECK_PASSWORD;
  return password ? { password } : {};
}

function announcePassword(generatedPassword: string | null) {
  if (generatedPassword) console.log(`password: ${generatedPassword}   (shown once)`);
}

async function run(command: string | undefined, options: { email?: string; name?: string; role?: string }) {
  const { cliActor } = await import('@/lib/actor');
  switch (command) {
    case 'create': {
      const { createUser } = await import('@/lib/users/create-user');
      const user = await createUser({ actor: cliActor, input: { ...options, ...passwordFromEnvironment() } });
      console.log(`Created ${user.role} ${user.email} (${user.name}).`);
      announcePassword(user.generatedPassword);
      return;
    }
    case 'set-role': {
      const { setUserRole } = await import('@/lib/users/set-user-role');
      const user = await setUserRole({ actor: cliActor, input: options });
      console.log(`${user.email} is now ${user.role}.`);
      return;
    }
    case 'deactivate':
    case 'reactivate': {
      const { setUserActive } = await import('@/lib/users/set-user-active');
      const user = await setUserActive({ actor: cliActor, input: options, isActive: command === 'reactivate' });
      console.log(`${user.email} is ${user.isActive ? 'active' : 'deactivated'}.`);
      return;
    }
    case 'reset-password': {
      const { resetPassword } = await import('@/lib/users/reset-password');
      const user = await resetPassword({ actor: cliActor, input: { email: options.email, ...passwordFromEnvironment() } });
      console.log(`Password reset for ${user.email}.`);
      announcePassword(user.generatedPassword);
      return;
    }
    case 'token': {
      const { issueApiToken } = await import('@/lib/api-tokens/issue-api-token');
      const issued = await issueApiToken({ actor: cliActor, input: options });
      console.log(`API token for ${issued.user.email} (shown once; send it as "Authorization: Bearer <token>"):`);
      console.log(issued.token);
      return;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".\n${usage}` : usage);
  }
}

class UsageError extends Error {}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  });
  await withCliDatabase(() => run(positionals[0], values));
}

main().catch(async (error: unknown) => {
  const { isAppError } = await import('@/lib/errors');
  if (isAppError(error)) console.error(`Error${error.field ? ` (${error.field})` : ''}: ${error.message}`);
  else if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')))
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
