import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

// One display name everywhere: the title, else the outlet and publication date, else the outlet
// and the day it was imported. The shipped Reuters report has no title and was published on
// 7 April 2023; it used to be "Untitled report from Reuters" on some pages and "Reuters" on others.
const reuters = 'Reuters, 7 April 2023';

test('a report without a title has one name on every page: outlet and date', async ({ pageAs }) => {
  const page = await pageAs('editor');
  await page.goto('/');
  await expect(page.getByRole('link', { name: reuters, exact: true })).toBeVisible();

  await page.goto('/dashboard');
  const dashboardLink = page.getByRole('link', { name: reuters, exact: true });
  await expect(dashboardLink).toBeVisible();
  await dashboardLink.click();
  await expect(page.getByRole('heading', { level: 1, name: reuters })).toBeVisible();
  const reportUrl = page.url();

  await page.goto(`${reportUrl}/adjudication`);
  await expect(page.getByRole('heading', { level: 1, name: `Adjudication: ${reuters}` })).toBeVisible();

  await page.goto('/export');
  await expect(page.getByRole('radiogroup', { name: 'Report' }).getByRole('radio', { name: reuters, exact: true })).toHaveCount(1);

  await page.goto('/audit');
  await expect(page.getByLabel('Report').locator('option', { hasText: reuters })).toHaveCount(1);

  await page.goto('/stories');
  await page.getByRole('link', { name: "Seoul envoys' meeting, 7 April 2023" }).click();
  await expect(page.getByRole('link', { name: reuters, exact: true })).toBeVisible();
});

test('a report with neither title nor date is named by its outlet and the day it was imported, in the API too', async ({ pageAs, request }) => {
  const outlet = `Dock Bulletin ${randomUUID().slice(0, 8)}`;
  const editor = account('editor');
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet, body: 'Dockers in Portmere voted to strike on Monday.' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).report;
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
  const name = `${outlet}, imported ${today}`;
  const answer = await (await request.get(`/api/v1/reports/${id}`, { headers: editor.headers })).json();
  expect(answer.report.name).toBe(name);

  const page = await pageAs('editor');
  await page.goto(`/reports/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});
