import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';

test('side by side, pointing at a sentence highlights the evidence linked to it in the other reports', async ({ pageAs, request }) => {
  const reviewer = account('comparer');
  const list = await (await request.get('/api/v1/reports', { headers: reviewer.headers })).json();
  const sentencesOf = async (outlet: string) => {
    const id = list.items.find((report: { outlet: string }) => report.outlet === outlet).id;
    return (await (await request.get(`/api/v1/reports/${id}`, { headers: reviewer.headers })).json()).sentences as {
      id: string;
      text: string;
      claims: { id: string }[];
    }[];
  };
  const forum = (await sentencesOf('Indo-Pacific Defense FORUM')).find((sentence) => sentence.text.includes('spy agency said in December 2022'));
  const dw = (await sentencesOf('DW (Deutsche Welle)')).find((sentence) => sentence.text.startsWith("In December, South Korea's intelligence agency"));
  const saved = await request.put(`/api/v1/claims/${forum?.claims[0]?.id}/verdict`, {
    headers: reviewer.headers,
    data: { label: 'corroborated', evidence: [{ sentenceId: dw?.id, relation: 'supports' }] },
  });
  expect(saved.status()).toBe(200);

  const page = await pageAs('comparer');
  await page.getByRole('link', { name: 'Side by side' }).click();
  await expect(page.getByRole('form', { name: 'Reports to compare' }).getByRole('checkbox', { name: /^Reuters/ })).toBeVisible();
  const chosen = ['Reuters', 'DW (Deutsche Welle)', 'Indo-Pacific Defense FORUM'].map(
    (outlet) => list.items.find((report: { outlet: string }) => report.outlet === outlet).id,
  );
  await page.goto(`/compare?${chosen.map((id: string) => `report=${id}`).join('&')}`);
  const dwColumn = page.getByRole('region', { name: 'DW (Deutsche Welle)' });
  const forumColumn = page.getByRole('region', { name: 'Indo-Pacific Defense FORUM' });
  await expect(page.locator('svg.comparison-lines line')).toHaveCount(1);
  const evidence = dwColumn.getByRole('listitem').filter({ hasText: "intelligence agency said that in the last five years" });
  await expect(evidence).not.toHaveAttribute('data-linked', 'true');

  await forumColumn.getByRole('listitem').filter({ hasText: 'spy agency said in December 2022' }).hover();
  await expect(evidence).toHaveAttribute('data-linked', 'true');
  await expect(page.locator('svg.comparison-lines line.active')).toHaveCount(1);
  await expect(forumColumn.getByRole('listitem').filter({ hasText: 'National Intelligence Service' })).not.toHaveAttribute('data-linked', 'true');
});
