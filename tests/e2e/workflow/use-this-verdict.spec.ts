import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

// Two reviewers always tie when they disagree, so "Accept majority" never appears: the editor
// takes one reviewer's verdict with one click (or one key) instead of retyping it.
test('an editor settles ties with "Use this verdict", by mouse and by keyboard, and the final verdict says whose it took', async ({ pageAs, request }) => {
  const marker = randomUUID().slice(0, 8);
  const [editor, alice, bob] = [account('editor'), account('alice'), account('bob')];
  const body = `Dockers in Portmere struck on Monday (${marker}).\n\nThe port stayed closed until Wednesday.`;
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Harbour Wire', title: `Port strike ${marker}`, body } });
  expect(created.status()).toBe(201);
  const { report, sentences } = await created.json();
  const idOf = async (user: { headers: Record<string, string> }) => (await (await request.get('/api/v1/me', { headers: user.headers })).json()).id as string;
  for (const reviewer of [alice, bob]) {
    expect((await request.post(`/api/v1/reports/${report.id}/assignments`, { headers: editor.headers, data: { reviewerId: await idOf(reviewer) } })).status()).toBe(201);
  }
  const claimIds: string[] = sentences.map((sentence: { claims: { id: string }[] }) => sentence.claims[0]?.id);
  const put = (who: { headers: Record<string, string> }, claimId: string | undefined, data: object) => request.put(`/api/v1/claims/${claimId}/verdict`, { headers: who.headers, data });
  const bobsQuote = `Work stopped on Tuesday ${marker}`;
  for (const claimId of claimIds) {
    expect((await put(alice, claimId, { label: 'single_source', note: 'Only Harbour Wire says so' })).status()).toBe(200);
    expect(
      (await put(bob, claimId, { label: 'disputed', note: 'The port authority gives another day', evidence: [{ url: 'https://port.example.org/notice', quote: bobsQuote, relation: 'contradicts' }] })).status(),
    ).toBe(200);
  }

  const page = await pageAs('editor');
  await page.goto(`/reports/${report.id}/adjudication`);
  const open = page.getByRole('list', { name: /^Open/ });
  await expect(open.getByRole('listitem').filter({ has: page.getByRole('article', { name: /^Verdict of/ }) })).toHaveCount(2);

  // By mouse: Bob's verdict into the form, the note edited, saved.
  const first = open.getByRole('listitem', { name: /^Claim in sentence/ }).first();
  await first.getByRole('article', { name: 'Verdict of Bob Reviewer' }).getByRole('button', { name: /Use this verdict/ }).click();
  await expect(first.getByRole('radio', { name: /Disputed/ })).toBeChecked();
  await expect(first.getByLabel('Note')).toHaveValue('The port authority gives another day');
  await expect(first.locator('form').getByText(bobsQuote)).toBeVisible();
  await expect(first.getByText('Taken from Bob Reviewer’s verdict')).toBeVisible();
  await first.getByLabel('Note').fill('The port authority gives Tuesday, not Monday');
  await first.getByRole('button', { name: 'Save final verdict' }).click();
  const settled = page.getByRole('list', { name: /^Settled/ });
  await expect(settled.getByRole('status').filter({ hasText: 'taken from Bob Reviewer’s verdict' })).toHaveCount(1);
  await expect(open.getByRole('listitem', { name: /^Claim in sentence/ })).toHaveCount(1);

  // By keyboard: j to the open claim, 1 for the first reviewer (Alice), Ctrl+Enter to save.
  await page.keyboard.press('j');
  const second = open.getByRole('listitem', { name: /^Claim in sentence/ }).first();
  await expect(second).toBeFocused();
  await page.keyboard.press('1');
  await expect(second.getByRole('radio', { name: /Single-source/ })).toBeChecked();
  await expect(second.getByLabel('Note')).toHaveValue('Only Harbour Wire says so');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Nothing left to settle.')).toBeVisible();
  await expect(settled.getByRole('status').filter({ hasText: 'taken from Alice Reviewer’s verdict' })).toHaveCount(1);
});
