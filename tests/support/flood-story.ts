import { randomUUID } from 'node:crypto';
import type { UserActor } from '@/lib/actor';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';

// Three accounts of one flood, written for the fact map's tests: a wire story, a paper that credits
// the wire, and a broadcaster that reported it on its own.
export const wire = [
  'Flood barriers at Marlow held on Monday after the Thames rose 2.3 metres, the Environment Agency said.',
  'About 400 homes were evacuated in the town overnight, police said.',
  'The mayor thanked volunteers who filled sandbags through the night.',
];
export const paper = [
  'The Environment Agency said flood barriers in Marlow held on Monday as the Thames rose 2.3 metres.',
  'Rescue boats from Reading joined the effort on Tuesday morning.',
];
export const broadcaster = [
  'Barriers protecting Marlow held on Monday when the Thames rose 2.3 metres, according to the Environment Agency.',
  'Some 250 homes were evacuated in the town overnight, police said.',
  'Insurers expect claims to run into millions of pounds.',
];

/** A story of the three flood reports, imported by `editor`, with outlets of their own. */
export async function floodStory(editor: UserActor) {
  const marker = randomUUID().slice(0, 8);
  const story = await db.story.create({ data: { title: `Marlow floods ${marker}` }, select: { id: true } });
  const outlets = { wire: `Thames Wire ${marker}`, paper: `Marlow Courier ${marker}`, broadcaster: `Valley Radio ${marker}` };
  const add = async (outlet: string, sentences: string[], creditsInText: string[] = []) => {
    const { id } = await importReport({ actor: editor, input: { outlet, title: `${outlet} on the floods`, body: [...sentences, `Filed as ${randomUUID().slice(0, 8)}.`].join('\n\n'), credits: creditsInText } });
    await db.report.update({ where: { id }, data: { storyId: story.id } });
    return id;
  };
  const ids = {
    wire: await add(outlets.wire, wire),
    paper: await add(outlets.paper, paper, [outlets.wire]),
    broadcaster: await add(outlets.broadcaster, broadcaster),
  };
  return { storyId: story.id, title: `Marlow floods ${marker}`, ids, outlets };
}

/** The default claim of the sentence with this text in a report. */
export async function defaultClaim(reportId: string, text: string) {
  const claim = await db.claim.findFirst({ where: { reportId, isDefault: true, text }, select: { id: true, sentenceId: true } });
  if (!claim) throw new Error(`no claim "${text}"`);
  return claim;
}
