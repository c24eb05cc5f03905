import { randomUUID } from 'node:crypto';
import { cliActor } from '@/lib/actor';
import { importReport } from '@/lib/reports/import-report';
import { clearSourceDecision, decideSourceRelation } from '@/lib/stories/decide-source-relation';
import { orderedPair } from '@/lib/stories/ordered-pair';
import { auditCase, type AuditCase } from './case-kit';

async function twoReports(): Promise<[string, string]> {
  const imported = async (outlet: string) => (await importReport({ actor: cliActor, input: { outlet, body: `Talks resumed in Geneva (${randomUUID()}).` } })).id;
  return orderedPair(await imported('Geneva Post'), await imported('Lake Times'));
}

// Editors' decisions on whether two reports are independent sources.
export const storyCases: AuditCase[] = [
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
