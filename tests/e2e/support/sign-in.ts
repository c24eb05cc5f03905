import { expect, type Page } from '@playwright/test';

/** Signs in through the login page; `origin` is for servers other than the configured one. */
export async function signIn(page: Page, email: string, password: string, origin = '') {
  await page.goto(`${origin}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function expectSignedIn(page: Page) {
  await expect(page.getByRole('heading', { name: 'Reports', exact: true })).toBeVisible();
}

/** Signs in and waits until the reports page shows, for tests where signing in is not what is tested. */
export async function signInAs(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expectSignedIn(page);
}
