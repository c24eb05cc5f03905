import { runUserCli, uniqueEmail } from './cli';

/** A new account of the given role, made with the CLI, and a personal API token for it. */
export function userWithToken(role: 'admin' | 'editor' | 'reviewer', name = `E2E ${role}`) {
  const email = uniqueEmail(role);
  runUserCli(['create', '--email', email, '--name', name, '--role', role]);
  const token = runUserCli(['token', '--email', email]).trim().split('\n').at(-1) ?? '';
  return { email, name, headers: { Authorization: `Bearer ${token}` } };
}
