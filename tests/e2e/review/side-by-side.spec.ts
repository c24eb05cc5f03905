import { randomUUID } from 'node:crypto';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { listedReport } from '../support/listed-report';

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

test('four reports ticked: the page shows three and names the one left out, and links to the fact map of the story they are all in', async ({ pageAs, request }) => {
  const editor = account('editor');
  const marker = randomUUID().slice(0, 8);
  const outlets = ['Compare A', 'Compare B', 'Compare C', 'Compare D'];
  const ids: string[] = [];
  for (const outlet of outlets) {
    const imported = await request.post('/api/v1/reports', {
      headers: editor.headers,
      data: { outlet, title: `Ticked ${marker}`, body: `${outlet} says the envoys met in Seoul (${marker}). They spoke for an hour.` },
    });
    expect(imported.status()).toBe(201);
    ids.push((await imported.json()).report.id);
  }
  const story = await request.post('/api/v1/stories', { headers: editor.headers, data: { title: `Ticked story ${marker}`, reportIds: ids } });
  expect(story.status()).toBe(201);
  const storyId = (await story.json()).id;

  const page = await pageAs('comparer');
  await page.goto('/compare');
  const picker = page.getByRole('form', { name: 'Reports to compare' });
  // With nothing ticked the page ticks the reports it shows by default: start from none.
  const ticked = picker.getByRole('checkbox', { checked: true });
  while ((await ticked.count()) > 0) await ticked.first().uncheck();
  for (const outlet of outlets) await picker.getByRole('checkbox', { name: listedReport(`Ticked ${marker}`, outlet) }).check();
  await picker.getByRole('button', { name: /^Compare/ }).click();

  await expect(page.getByRole('region', { name: 'Compare A' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Compare D' })).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'left out' });
  await expect(notice).toContainText(`4 reports ticked; side by side shows 3. Left out: Ticked ${marker} (Compare D, imported `);
  await expect(picker.getByRole('checkbox', { name: listedReport(`Ticked ${marker}`, 'Compare D') })).toBeChecked();
  await page.getByRole('link', { name: /fact map/ }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${storyId}/facts$`));
  await expect(page.getByRole('heading', { name: `Fact map — Ticked story ${marker}` })).toBeVisible();

  // Reports of different stories: nothing left out, and no one fact map to offer.
  const reuters = (await (await request.get('/api/v1/reports?limit=200', { headers: editor.headers })).json()).items.find((report: { outlet: string }) => report.outlet === 'Reuters');
  await page.goto(`/compare?report=${ids[0]}&report=${reuters.id}`);
  await expect(page.getByRole('region', { name: 'Reuters' })).toBeVisible();
  await expect(page.getByText('left out')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /fact map/ })).toHaveCount(0);
});
