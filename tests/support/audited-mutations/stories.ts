import { randomUUID } from 'node:crypto';
import { cliActor } from '@/lib/actor';
import { importReport } from '@/lib/reports/import-report';
import { addReportToStory, removeReportFromStory } from '@/lib/stories/change-story-reports';
import { createStory } from '@/lib/stories/create-story';
import { clearSourceDecision, decideSourceRelation } from '@/lib/stories/decide-source-relation';
import { renameStory } from '@/lib/stories/rename-story';
import { orderedPair } from '@/lib/stories/ordered-pair';
import { auditCase, type AuditCase } from './case-kit';

async function twoReports(): Promise<[string, string]> {
  const imported = async (outlet: string) => (await importReport({ actor: cliActor, input: { outlet, body: `Talks resumed in Geneva (${randomUUID()}).` } })).id;
  return orderedPair(await imported('Geneva Post'), await imported('Lake Times'));
}

const storyOf = async (reportIds: string[] = []) => (await createStory({ actor: cliActor, input: { title: `Geneva talks ${randomUUID()}`, reportIds } })).id;

// Stories and their reports, and editors' decisions on whether two reports are independent sources.
export const storyCases: AuditCase[] = [
  auditCase('lib/stories/create-story.ts#createStory', 'an editor creates a story with a report', ['story.created', 'story.report_added'], async ({ record, people }) => {
    const { editor } = await people();
    const [report] = await twoReports();
    const story = await record(() => createStory({ actor: editor.actor, input: { title: 'Geneva talks', reportIds: [report] } }));
    return [
      { action: 'story.created', entityType: 'story', entityId: story.id, actorId: editor.id },
      { action: 'story.report_added', entityType: 'story', entityId: story.id, reportId: report, actorId: editor.id },
    ];
  }),
  auditCase('lib/stories/rename-story.ts#renameStory', 'an editor renames a story', ['story.renamed'], async ({ record, people }) => {
    const { editor } = await people();
    const storyId = await storyOf();
    await record(() => renameStory({ actor: editor.actor, input: { storyId, title: 'Geneva talks resume' } }));
    return [{ action: 'story.renamed', entityType: 'story', entityId: storyId, actorId: editor.id }];
  }),
  auditCase('lib/stories/change-story-reports.ts#addReportToStory', 'an editor moves a report into another story', ['story.report_added'], async ({ record, people }) => {
    const { editor } = await people();
    const [report] = await twoReports();
    await storyOf([report]);
    const storyId = await storyOf();
    await record(() => addReportToStory({ actor: editor.actor, input: { storyId, reportId: report } }));
    return [{ action: 'story.report_added', entityType: 'story', entityId: storyId, reportId: report, actorId: editor.id }];
  }),
  auditCase('lib/stories/change-story-reports.ts#removeReportFromStory', 'an editor takes a report out of its story', ['story.report_removed'], async ({ record, people }) => {
    const { editor } = await people();
    const [report] = await twoReports();
    const storyId = await storyOf([report]);
    await record(() => removeReportFromStory({ actor: editor.actor, input: { storyId, reportId: report } }));
    return [{ action: 'story.report_removed', entityType: 'story', entityId: storyId, reportId: report, actorId: editor.id }];
  }),
  auditCase('lib/stories/decide-source-relation.ts#decideSourceRelation', 'an editor decides one report is derived from another', ['source.decided'], async ({ record, people }) => {
    const { editor } = await people();
    const [a, b] = await twoReports();
    await record(() => decideSourceRelation({ actor: editor.actor, input: { reportId: b, otherReportId: a, relation: 'derived', derivedReportId: b, reason: 'Same wording' } }));
    return [{ action: 'source.decided', entityType: 'source_decision', entityId: `${a},${b}`, reportId: a, actorId: editor.id, before: 'null', reason: 'Same wording' }];
  }),
  auditCase('lib/stories/decide-source-relation.ts#decideSourceRelation', 'an editor changes a decision', ['source.decided'], async ({ record, people }) => {
    const { editor } = await people();
    const [a, b] = await twoReports();
    await decideSourceRelation({ actor: editor.actor, input: { reportId: a, otherReportId: b, relation: 'derived' } });
    await record(() => decideSourceRelation({ actor: editor.actor, input: { reportId: a, otherReportId: b, relation: 'independent' } }));
    return [{ action: 'source.decided', entityType: 'source_decision', entityId: `${a},${b}`, reportId: a, actorId: editor.id, before: 'present' }];
  }),
  auditCase('lib/stories/decide-source-relation.ts#clearSourceDecision', 'an editor clears a decision', ['source.decision_cleared'], async ({ record, people }) => {
    const { editor } = await people();
    const [a, b] = await twoReports();
    await decideSourceRelation({ actor: editor.actor, input: { reportId: a, otherReportId: b, relation: 'independent' } });
    await record(() => clearSourceDecision({ actor: editor.actor, input: { reportId: a, otherReportId: b, reason: 'Let the evidence decide' } }));
    return [{ action: 'source.decision_cleared', entityType: 'source_decision', entityId: `${a},${b}`, reportId: a, actorId: editor.id, reason: 'Let the evidence decide' }];
  }),
];
