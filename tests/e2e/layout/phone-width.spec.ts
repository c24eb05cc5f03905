import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// Every page fits a phone's 390 px without scrolling the page sideways: the editor's top bar was
// 587 px wide and pushed "My account" and "Sign out" off-screen. Wide tables scroll inside
// their own box instead.
const phone = { width: 390, height: 844 };

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('at 390 px every page of an editor and an admin fits the screen, and the top bar keeps all its links on it', async ({ pageAs }) => {
  const page = await pageAs('admin', { viewport: phone });
  const reuters = await page.request.get('/api/v1/reports?limit=200').then((response) => response.json());
  const reportId = reuters.items.find((item: { outlet: string }) => item.outlet === 'Reuters').id as string;
  const stories = await page.request.get('/api/v1/stories').then((response) => response.json());
  const storyId = stories.items.find((story: { title: string }) => story.title === "Seoul envoys' meeting, 7 April 2023").id as string;
  const pages = [
    '/',
    '/dashboard',
    `/reports/${reportId}`,
    `/reports/${reportId}/adjudication`,
    '/reports/new',
    '/stories',
    `/stories/${storyId}`,
    `/stories/${storyId}/facts`,
    '/compare',
    '/export',
    '/audit',
    '/admin/users',
    '/account',
  ];
  const tooWide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const extra = await overflow(page);
    if (extra > 0) tooWide.push(`${path}: ${extra} px too wide`);
  }
  expect(tooWide).toEqual([]);

  await page.goto('/');
  for (const name of ['My account', 'Dashboard', 'Export', 'Audit']) {
    const box = await page.getByRole('banner').getByRole('link', { name }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= phone.width, `${name} is on the screen`).toBe(true);
  }
  const signOut = await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).boundingBox();
  expect(signOut && signOut.x + signOut.width <= phone.width).toBe(true);
});
