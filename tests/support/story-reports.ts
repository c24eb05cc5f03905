import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cliActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';

const root = path.resolve(import.meta.dirname, '../..');

/** The text of a shipped report (data/reports), an independence fixture (tests/fixtures/independence) or, named with its folder, another fixture ('stories/…'). */
export function reportText(file: string): string {
  const folder = file.includes('/') ? 'tests/fixtures' : file.startsWith('statement-') || file.includes('-edit') || file.includes('-paraphrase') ? 'tests/fixtures/independence' : 'data/reports';
  return readFileSync(path.join(root, folder, file), 'utf8');
}

/** Imports a report's text under an outlet, with its credits and publication date. */
export async function importText(file: string, outlet: string, { credits = [], publishedOn = null }: { credits?: string[]; publishedOn?: string | null } = {}) {
  const report = await importReport({ actor: cliActor, input: { outlet, body: reportText(file), credits, publishedOn } });
  return report.id;
}

/** A story holding these reports (put in it directly: stories are made elsewhere). */
export async function storyOf(reportIds: string[]): Promise<string> {
  const story = await db.story.create({ data: { title: `Story ${randomUUID().slice(0, 8)}` }, select: { id: true } });
  await db.report.updateMany({ where: { id: { in: reportIds } }, data: { storyId: story.id } });
  return story.id;
}
