import { expect, test } from '@playwright/test';
import { account } from '../support/accounts';
import { e2ePassword } from '../support/cli';
import { signIn } from '../support/sign-in';

test('brute-forcing a password locks the account out, the right password included', async ({ page, context }) => {
  test.setTimeout(120_000);
  const { email } = account('lockoutTarget');

  for (let attempt = 1; attempt <= 9; attempt += 1) {
    await signIn(page, email, `guess-number-${attempt}-wrong`);
    await expect(page.getByText('Wrong email or password, or the account is deactivated.')).toBeVisible();
  }
  await signIn(page, email, 'guess-number-10-wrong');
  await expect(page.getByText('Too many attempts: try again in 15 minutes.')).toBeVisible();

  await signIn(page, email, e2ePassword);
  await expect(page.getByText(/Too many attempts: try again in (15|14) minutes\./)).toBeVisible();
  expect((await context.cookies()).filter((cookie) => cookie.name.includes('session-token'))).toEqual([]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});
