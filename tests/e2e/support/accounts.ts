import { readFileSync } from 'node:fs';
import path from 'node:path';

type Role = 'admin' | 'editor' | 'reviewer';

/**
 * The accounts the browser tests use, all made before the run by one process
 * (create-accounts.ts). Those with `hasSession` are signed in once by the global setup, and
 * tests open pages as them with the `pageAs` fixture.
 */
export const e2eAccounts = {
  admin: { role: 'admin', name: 'E2E Admin', hasSession: true },
  editor: { role: 'editor', name: 'E2E Editor', hasSession: true },
  reviewer: { role: 'reviewer', name: 'E2E Reviewer', hasSession: true },
  // Reviewers whose verdicts on the shipped reports must start from none.
  labeller: { role: 'reviewer', name: 'Lena Labeller', hasSession: true },
  twoWindows: { role: 'reviewer', name: 'Toni Two Windows', hasSession: true },
  comparer: { role: 'reviewer', name: 'Cole Comparer', hasSession: true },
  // Links suggestions of sources that are and are not independent (tests/e2e/review/corroboration-notice.spec.ts).
  corroborator: { role: 'reviewer', name: 'Cora Corroborator', hasSession: true },
  verdictApi: { role: 'reviewer', name: 'Vera Verdict API', hasSession: false },
  // Accepts the fact map's proposal into the verdict form (tests/e2e/review/accept-proposal.spec.ts).
  proposalTaker: { role: 'reviewer', name: 'Pat Proposal', hasSession: true },
  // Works through the reviewer's flow on reports of its own tests (tests/e2e/review/reviewer-flow.spec.ts).
  flowReviewer: { role: 'reviewer', name: 'Flo Flow', hasSession: true },
  // Reviews a report of 10,000 sentences, and one page with JavaScript off (tests/e2e/review/long-report.spec.ts).
  longReader: { role: 'reviewer', name: 'Lou Long', hasSession: true },
  noScript: { role: 'reviewer', name: 'Nora No Script', hasSession: true },
  // Reviewers of one round, told apart by name in the assignment list and the agreement.
  alice: { role: 'reviewer', name: 'Alice Reviewer', hasSession: true },
  bob: { role: 'reviewer', name: 'Bob Reviewer', hasSession: true },
  carol: { role: 'reviewer', name: 'Carol Reviewer', hasSession: false },
  // Whose every verdict the audit test filters for.
  auditReviewer: { role: 'reviewer', name: 'Audit Reviewer', hasSession: false },
  // Deactivated by the page permissions test while signed in.
  matrixDeactivated: { role: 'editor', name: 'Matrix deactivated', hasSession: true },
  // Accounts whose sign-in, sign-out, lockout, password or deactivation is what a test is about:
  // their tests sign them in (or try to) through the login page.
  wrongPassword: { role: 'reviewer', name: 'Wrong Password', hasSession: false },
  deactivated: { role: 'editor', name: 'Leaver', hasSession: false },
  soonGone: { role: 'editor', name: 'Soon Gone', hasSession: false },
  signOutAdmin: { role: 'admin', name: 'Ada Admin', hasSession: false },
  signOutReviewer: { role: 'reviewer', name: 'Sid Sign-out', hasSession: false },
  lockoutTarget: { role: 'editor', name: 'Target', hasSession: false },
  leaver: { role: 'reviewer', name: 'Leo Leaver', hasSession: false },
  passwordChanger: { role: 'editor', name: 'Pia Passphrase', hasSession: false },
} as const satisfies Record<string, { role: Role; name: string; hasSession: boolean }>;

export type AccountKey = keyof typeof e2eAccounts;
export type SessionAccountKey = { [Key in AccountKey]: (typeof e2eAccounts)[Key]['hasSession'] extends true ? Key : never }[AccountKey];
export type CreatedAccount = { email: string; name: string; id: string; token: string };

// Git-ignored; the global setup writes it afresh on every run.
export const authDir = path.resolve(import.meta.dirname, '../../../playwright/.auth');
export const accountsFile = path.join(authDir, 'accounts.json');

export function sessionFile(key: SessionAccountKey): string {
  return path.join(authDir, `${key}.json`);
}

let created: Record<AccountKey, CreatedAccount> | undefined;

/** One of the accounts made for this run, with its API token as request headers. */
export function account(key: AccountKey) {
  created ??= JSON.parse(readFileSync(accountsFile, 'utf8')) as Record<AccountKey, CreatedAccount>;
  const { email, name, id, token } = created[key];
  return { email, name, id, headers: { Authorization: `Bearer ${token}` } };
}
