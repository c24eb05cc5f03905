import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

test('the verdict form says why a corroboration citing only a source written from the claim’s report cannot be saved, and shows the server’s refusal', async ({ pageAs, request }) => {
  const list = await (await request.get('/api/v1/reports', { headers: account('corroborator').headers })).json();
  const reuters = list.items.find((report: { outlet: string }) => report.outlet === 'Reuters');
  const page = await pageAs('corroborator');
  await page.goto(`/reports/${reuters.id}`);
  const sentence = await openSentence(page, 'expressed deep concern over North Korea');
  await sentence.getByRole('radio', { name: /Corroborated/ }).check();
  await sentence.getByRole('button', { name: 'Suggest evidence' }).click();
  const suggestions = sentence.getByRole('list', { name: 'Suggested evidence' });
  await suggestions.getByRole('listitem').filter({ hasText: 'DW (Deutsche Welle)' }).first().getByRole('button', { name: 'Link as supporting' }).click();

  const notice = sentence.getByRole('note', { name: 'Independent source needed' });
  await expect(notice).toHaveText(
    'A corroborated verdict needs a supporting source independent of this report: DW (Deutsche Welle) credits Reuters: not an independent source. Link an independent source, or choose another label.',
  );
  // Saved anyway (the form does not stop it), the server refuses on the evidence and says why.
  await sentence.getByRole('button', { name: 'Save verdict' }).click();
  await expect(sentence.getByText('A corroborated verdict needs a supporting source independent of Reuters: DW (Deutsche Welle) credits Reuters')).toBeVisible();
  await expect(sentence.getByText('Saved', { exact: true })).toHaveCount(0);

  await suggestions.getByRole('listitem').filter({ hasText: 'Indo-Pacific Defense FORUM' }).first().getByRole('button', { name: 'Link as supporting' }).click();
  await expect(notice).toHaveCount(0);
  await sentence.getByRole('button', { name: 'Save verdict' }).click();
  await expect(sentence.getByText('Saved', { exact: true })).toBeVisible();
  await expect(sentence.getByText('A corroborated verdict needs a supporting source independent of Reuters')).toHaveCount(0);
});
