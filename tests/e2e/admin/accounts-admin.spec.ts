import type { Browser, Page } from '@playwright/test';
import { account } from '../support/accounts';
import { e2ePassword, uniqueEmail } from '../support/cli';
import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';

/** A second person at their own browser. */
async function signedInElsewhere(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, password);
  return page;
}

async function openAccount(page: Page, name: string) {
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('table', { name: 'Accounts' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('an admin creates an account with a generated password, and the new colleague signs in with it', async ({ pageAs, browser }) => {
  const page = await pageAs('admin');
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();

  const email = uniqueEmail('invited');
  const form = page.getByRole('form', { name: 'New account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Name').fill('Ines Invited');
  await form.getByLabel('Role').selectOption('editor');
  await form.getByRole('button', { name: 'Create account' }).click();

  const password = await form.getByLabel('Generated password').inputValue();
  expect(password).toMatch(/^[\w-]{20}$/);
  const row = page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('editor');
  await expect(row).toContainText('Active');

  const colleague = await signedInElsewhere(browser, email, password);
  await expect(colleague.getByText('Ines Invited · editor')).toBeVisible();
});

test('an admin deactivates an account after confirming, and its open session ends on the very next page load', async ({ pageAs, browser }) => {
  const leaver = account('leaver');
  const leaverPage = await signedInElsewhere(browser, leaver.email, e2ePassword);

  const page = await pageAs('admin');
  await openAccount(page, leaver.name);
  await page.getByRole('button', { name: 'Deactivate account' }).click();
  const confirmation = page.getByRole('group', { name: 'Confirm deactivation' });
  await expect(confirmation).toContainText(`Deactivate ${leaver.name}?`);
  await confirmation.getByRole('button', { name: 'Yes, deactivate' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate account' })).toBeVisible();
  await expect(page.getByText('Deactivated', { exact: true })).toBeVisible();

  await leaverPage.reload();
  await expect(leaverPage).toHaveURL(/\/login/);
});

test('a user creates an API token on My account, then revokes it, and the API refuses it at once', async ({ pageAs, request }) => {
  const page = await pageAs('reviewer');
  await page.getByRole('link', { name: 'My account' }).click();
  await expect(page.getByRole('heading', { name: 'My account', level: 1 })).toBeVisible();

  await page.getByLabel('Token name').fill('newsroom script');
  await page.getByRole('button', { name: 'New token' }).click();
  const token = await page.getByLabel('New API token “newsroom script”').inputValue();
  expect(token).toMatch(/^fct_/);
  await expect(page.getByText('it is shown only once')).toBeVisible();
  const headers = { Authorization: `Bearer ${token}` };
  expect((await request.get('/api/v1/me', { headers })).status()).toBe(200);

  const tokens = page.getByRole('table', { name: 'API tokens' });
  const row = tokens.getByRole('row').filter({ hasText: 'newsroom script' });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: 'Revoke newsroom script' }).click();
  await page.getByRole('group', { name: 'Confirm revoking newsroom script' }).getByRole('button', { name: 'Revoke token' }).click();
  await expect(row).toContainText('Revoked');

  const refused = await request.get('/api/v1/me', { headers });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: 'unauthorized' } });
});

test('a user changes their own password on My account and stays signed in; the new password signs in elsewhere', async ({ page, browser }) => {
  const user = account('passwordChanger');
  const newPassword = 'quiet-lantern-over-marlow-bridge';
  await signInAs(page, user.email, e2ePassword);
  await page.goto('/account');

  await page.getByLabel('Current password').fill(e2ePassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'My account', level: 1 })).toBeVisible();
  const elsewhere = await signedInElsewhere(browser, user.email, newPassword);
  await expect(elsewhere.getByText(`${user.name} · editor`)).toBeVisible();
});

test('a reviewer gets 404 on the accounts pages and sees no Accounts link', async ({ pageAs, request }) => {
  const { id } = (await (await request.get('/api/v1/me', { headers: account('reviewer').headers })).json()) as { id: string };
  const page = await pageAs('reviewer');
  await expect(page.getByRole('link', { name: 'My account' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Accounts' })).toHaveCount(0);

  for (const path of ['/admin/users', `/admin/users/${id}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
