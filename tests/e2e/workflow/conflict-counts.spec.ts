import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

// A report of its own, five claims: reviewers disagree on one, one has a single verdict, they
// agree on one, two have none.
const stamp = Date.now();
const sentences = [
  `The envoys met in Seoul on Friday, officials said (${stamp}).`,
  'They urged all countries to send North Korean workers home.',
  'The meeting lasted two hours, a diplomat said.',
  'A joint statement is expected next week.',
  'The next meeting will be held in Tokyo.',
];
const title = `Counting conflicts ${stamp}`;
const contradiction = { url: 'https://example.org/other-account', quote: 'They met on Thursday', relation: 'contradicts' };

test('disagreements, claims with one verdict only and claims with none are counted apart on the dashboard, the report page and the adjudication page', async ({ pageAs, request }) => {
  const [editor, alice, bob] = [account('editor'), account('alice'), account('bob')];
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Count Wire', title, body: sentences.join('\n\n') } });
  expect(created.status()).toBe(201);
  const { report, sentences: saved } = await created.json();
  const [disagreed, single, agreed] = saved.map((sentence: { claims: { id: string }[] }) => sentence.claims[0]?.id) as string[];
  const put = (who: { headers: Record<string, string> }, claimId: string | undefined, data: object) => request.put(`/api/v1/claims/${claimId}/verdict`, { headers: who.headers, data });
  expect((await put(alice, disagreed, { label: 'single_source' })).status()).toBe(200);
  expect((await put(bob, disagreed, { label: 'disputed', evidence: [contradiction] })).status()).toBe(200);
  expect((await put(alice, single, { label: 'single_source' })).status()).toBe(200);
  expect((await put(alice, agreed, { label: 'single_source' })).status()).toBe(200);
  expect((await put(bob, agreed, { label: 'single_source' })).status()).toBe(200);

  // The API: `openConflicts` counts disagreements only; the other two have fields of their own.
  const counts = { openConflicts: 1, singleVerdictClaims: 1, unreviewedClaims: 2 };
  const dashboard = await (await request.get('/api/v1/dashboard', { headers: editor.headers })).json();
  expect(dashboard.reports.find((row: { id: string }) => row.id === report.id)).toMatchObject(counts);
  expect(await (await request.get(`/api/v1/reports/${report.id}/agreement`, { headers: editor.headers })).json()).toMatchObject(counts);

  const page = await pageAs('editor');
  await page.goto('/dashboard');
  const row = page.getByRole('table', { name: 'Reports' }).getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('1 claim where reviewers disagree');
  await expect(row).toContainText('1 with one verdict only');
  await expect(row).toContainText('2 with none');

  await row.getByRole('link', { name: title }).click();
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await expect(workflow).toContainText('1 claim where reviewers disagree, 1 with one verdict only, 2 with none');

  // The adjudication page counts the same way, and says why each open claim is there.
  await workflow.getByRole('link', { name: /Adjudication/ }).click();
  await expect(page.getByRole('heading', { name: `Adjudication: ${title}` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('1 claim where reviewers disagree, 1 with one verdict only, 2 with none');
  const open = page.getByRole('list', { name: /^Open/ });
  await expect(open.getByRole('listitem').filter({ hasText: sentences[0] })).toContainText('Reviewers disagree');
  await expect(open.getByRole('listitem').filter({ hasText: sentences[1] })).toContainText('One verdict only');
});
