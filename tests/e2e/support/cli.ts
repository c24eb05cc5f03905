import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

export const e2ePassword = 'e2e-password-long-enough';

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@newsroom.test`;
}

/** Runs `npm run user -- …` against the database the test server uses, as an operator would. */
export function runUserCli(args: string[], password = e2ePassword): string {
  return execFileSync('npm', ['run', '--silent', 'user', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, FACTCHECK_PASSWORD: password },
  });
}

function runDbScript(script: string, args: string[]): string {
  return execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', `tests/e2e/support/${script}`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  }).trim();
}

/** A story of these reports, made in the test server's database (tests/e2e/support/create-story.ts); its id. */
export function createStory(reportIds: string[]): string {
  return runDbScript('create-story.ts', reportIds);
}
