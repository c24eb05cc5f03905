import { expect, test } from '@playwright/test';
import { account } from '../support/accounts';
import { e2ePassword, runUserCli, uniqueEmail } from '../support/cli';
import { expectSignedIn, signIn } from '../support/sign-in';

const reportTitles = [
  'US and Asian allies urge support for North Korea worker ban',
  'Japan, South Korea, U.S. blast North Korea’s overseas workers, cybercrimes',
  'Reuters, 7 April 2023',
];

test('a reviewer created with the CLI signs in and sees the three reports, each a link to its text', async ({ page }) => {
  const email = uniqueEmail('reviewer');
  expect(runUserCli(['create', '--email', email, '--name', 'Rita Reviewer', '--role', 'reviewer'])).toContain(`Created reviewer ${email}`);

  await signIn(page, email, e2ePassword);
  await expectSignedIn(page);
  await expect(page.getByText('Rita Reviewer · reviewer')).toBeVisible();
  const reports = page.getByRole('list', { name: 'Reports' });
  for (const title of reportTitles) await expect(reports.getByRole('link', { name: title })).toBeVisible();
  await expect(reports.getByText('Indo-Pacific Defense FORUM')).toBeVisible();

  await reports.getByRole('link', { name: reportTitles[0] }).click();
  await expect(page.getByRole('heading', { name: reportTitles[0] })).toBeVisible();
  // A credit line is folded with the other lines not for review; finding its words shows it.
  await page.getByLabel('Find in report').fill('mf/rs');
  await page.getByRole('button', { name: 'Find' }).click();
  const credit = page.getByRole('list', { name: 'Sentences' }).getByRole('listitem').filter({ hasText: 'mf/rs (AP, AFP, Reuters)' });
  await expect(credit).toContainText('Credit');
  await expect(page.getByText('11 sentences for review · 17 not for review (headlines, datelines, captions, credits, page furniture)')).toBeVisible();
});

test('a wrong password shows an error and starts no session', async ({ page, context }) => {
  const { email } = account('wrongPassword');

  await signIn(page, email, 'not-the-right-password');
  await expect(page.getByText('Wrong email or password, or the account is deactivated.')).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.filter((cookie) => cookie.name.includes('session-token'))).toEqual([]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});

test('a deactivated account cannot sign in', async ({ page }) => {
  const { email } = account('deactivated');
  runUserCli(['deactivate', '--email', email]);

  await signIn(page, email, e2ePassword);
  await expect(page.getByText('Wrong email or password, or the account is deactivated.')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('deactivating an account ends its open session on the next request', async ({ page }) => {
  const { email } = account('soonGone');
  await signIn(page, email, e2ePassword);
  await expectSignedIn(page);

  runUserCli(['deactivate', '--email', email]);
  await page.reload();
  await expect(page).toHaveURL(/\/login$/);
});

test('signing out ends the session', async ({ page }) => {
  const { email } = account('signOutAdmin');
  await signIn(page, email, e2ePassword);
  await expectSignedIn(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});

test('a page visited without signing in leads to the login page and back after sign-in', async ({ page }) => {
  const { email } = account('reviewer');
  await page.goto('/reports/00000000-0000-0000-0000-000000000000');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freports%2F/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(e2ePassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/reports\/00000000/);
  await expect(page.getByRole('heading', { name: 'Report not found' })).toBeVisible();
});
