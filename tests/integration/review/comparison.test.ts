import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { importReport } from '@/lib/reports/import-report';
import { getComparison } from '@/lib/review/get-comparison';
import { createStory } from '@/lib/stories/create-story';
import { createTestUser } from '../../support/factories';

async function importReports(actor: Parameters<typeof importReport>[0]['actor'], outlets: string[]) {
  const marker = randomUUID().slice(0, 8);
  const ids: string[] = [];
  for (const outlet of outlets) {
    ids.push((await importReport({ actor, input: { outlet, title: `Envoys ${marker}`, body: `${outlet} reports the envoys met (${marker}). They spoke for an hour.` } })).id);
  }
  return ids;
}

test('of four reports chosen the first three are side by side and the fourth is named as left out, with the fact map of their one story', async () => {
  const editor = await createTestUser({ role: 'editor' });
  const reviewer = await createTestUser({ role: 'reviewer' });
  const ids = await importReports(editor.actor, ['Side A', 'Side B', 'Side C', 'Side D']);
  const story = await createStory({ actor: editor.actor, input: { title: `Envoys story ${randomUUID()}`, reportIds: ids } });

  const chosenOrder = [ids[3], ids[0], ids[1], ids[2]];
  const comparison = await getComparison({ actor: reviewer.actor, input: { reportIds: chosenOrder } });
  expect(comparison.reports.map((report) => report.outlet)).toEqual(['Side A', 'Side B', 'Side D']);
  expect(comparison.leftOut).toEqual([{ id: ids[2], name: expect.stringMatching(/^Envoys /), outlet: 'Side C', title: expect.stringMatching(/^Envoys /), publishedOn: null, createdAt: expect.any(Date) }]);
  expect(comparison.story).toEqual({ id: story.id, title: story.title });

  const three = await getComparison({ actor: reviewer.actor, input: { reportIds: ids.slice(0, 3) } });
  expect(three.leftOut).toEqual([]);
  expect(three.story?.id).toBe(story.id);
});

test('reports of different stories, or in none, offer no fact map', async () => {
  const editor = await createTestUser({ role: 'editor' });
  const ids = await importReports(editor.actor, ['Apart A', 'Apart B']);
  await createStory({ actor: editor.actor, input: { title: `One of them ${randomUUID()}`, reportIds: [ids[0] ?? ''] } });
  expect((await getComparison({ actor: editor.actor, input: { reportIds: ids } })).story).toBeNull();
  expect((await getComparison({ actor: editor.actor, input: { reportIds: [ids[1]] } })).story).toBeNull();
});

test('bad choices are refused naming reportIds', async () => {
  const reviewer = await createTestUser({ role: 'reviewer' });
  await expect(getComparison({ actor: reviewer.actor, input: { reportIds: ['not-an-id'] } })).rejects.toMatchObject({ code: 'invalid', field: 'reportIds.0' });
  const tooMany = Array.from({ length: 201 }, () => randomUUID());
  await expect(getComparison({ actor: reviewer.actor, input: { reportIds: tooMany } })).rejects.toMatchObject({ code: 'invalid', field: 'reportIds' });
});
