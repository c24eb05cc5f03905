import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { listedReport } from '../support/listed-report';

const stamp = Date.now();

test('counts read as proper English: no "(s)", one claim, one sentence', async ({ pageAs, request }) => {
  const [editor, alice, bob] = [account('editor'), account('alice'), account('bob')];
  const title = `Plurals ${stamp}`;
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Plural Wire', title, body: `The envoys met in Seoul on Friday, officials said (plurals ${stamp}).` } });
  const { report, sentences } = await created.json();
  const claimId = sentences[0].claims[0].id as string;
  const contradiction = { url: 'https://example.org/other-account', quote: 'They met on Thursday', relation: 'contradicts' };
  expect((await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: alice.headers, data: { label: 'single_source' } })).status()).toBe(200);
  expect((await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: bob.headers, data: { label: 'disputed', evidence: [contradiction] } })).status()).toBe(200);
  expect((await request.post(`/api/v1/reports/${report.id}/status`, { headers: editor.headers, data: { status: 'in_adjudication' } })).status()).toBe(200);

  const page = await pageAs('editor');
  await page.goto(`/reports/${report.id}`);
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await expect(workflow).toContainText('1 claim where reviewers disagree');
  await expect(workflow).toContainText('1 claim still needs a final verdict before approval.');
  await expect(page.getByRole('main')).toContainText('1 sentence for review');
  await expect(page.getByRole('main')).not.toContainText('(s)');
  await page.goto(`/reports/${report.id}/adjudication`);
  await expect(page.getByRole('main')).toContainText('1 claim still needs a final verdict before approval.');
  await expect(page.getByRole('main')).not.toContainText('(s)');
  await page.goto('/dashboard');
  await expect(page.getByRole('main')).not.toContainText('(s)');
});

test('the dashboard says in words which reviewers have marked their review complete', async ({ pageAs, request }) => {
  const [editor, alice] = [account('editor'), account('alice')];
  const title = `Completion mark ${stamp}`;
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Mark Wire', title, body: `The envoys met in Seoul on Friday, officials said (completion ${stamp}).` } });
  expect(created.status()).toBe(201);
  const { report, sentences } = await created.json();
  expect((await request.post(`/api/v1/reports/${report.id}/assignments`, { headers: editor.headers, data: { reviewerId: alice.id } })).status()).toBe(201);
  expect((await request.put(`/api/v1/claims/${sentences[0].claims[0].id}/verdict`, { headers: alice.headers, data: { label: 'single_source' } })).status()).toBe(200);
  expect((await request.post(`/api/v1/reports/${report.id}/completion`, { headers: alice.headers })).status()).toBe(200);

  const page = await pageAs('editor');
  await page.goto('/dashboard');
  const row = page.getByRole('table', { name: 'Reports' }).getByRole('row').filter({ hasText: title });
  const reviewer = row.getByRole('listitem').filter({ hasText: alice.name });
  await expect(reviewer).toBeVisible();
  // Visible words, not only a symbol or a tooltip.
  await expect(reviewer).toContainText('review complete');
});

test('the site has an icon: /favicon.ico and the icon the pages link to are images', async ({ pageAs, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\//);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  const page = await pageAs('editor');
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(href ?? '');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`the Export page shows a long report name whole at ${viewport.width} px`, async ({ pageAs, request }) => {
    const editor = account('editor');
    const title = `Envoys of the United States, South Korea and Japan agree to step up the fight against North Korean cyber theft and illicit revenue ${stamp}-${viewport.width}`;
    const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Long Name Wire', title, body: `The envoys met in Seoul on Friday, officials said (${stamp}, ${viewport.width} px).` } });
    expect(created.status()).toBe(201);
    const page = await pageAs('editor');
    await page.setViewportSize(viewport);
    await page.goto('/export');
    const name = listedReport(title, 'Long Name Wire');
    const reports = page.getByRole('radiogroup', { name: 'Report' });
    const choice = reports.getByRole('radio', { name });
    await expect(choice).toBeVisible();
    await choice.check();
    await expect(choice).toBeChecked();
    // The whole name is on screen: its label is neither cut off nor wider than the page.
    const label = reports.locator('label').filter({ has: page.getByRole('radio', { name }) });
    await label.scrollIntoViewIfNeeded();
    // Within the list's scroll box a fraction of a pixel may be clipped: nearly all is enough, as long as nothing is cut on the side.
    await expect(label).toBeInViewport({ ratio: 0.95 });
    const fits = await label.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    const form = page.locator('form.export-form');
    expect(await form.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
  });
}
