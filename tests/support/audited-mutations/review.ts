import { saveVerdict } from '@/lib/review/save-verdict';
import { auditCase, singleSource, disputed, type AuditCase } from './case-kit';

// Reviewers' verdicts.
export const reviewCases: AuditCase[] = [
  auditCase('lib/review/save-verdict.ts#saveVerdict', "a reviewer's first verdict on a claim", ['verdict.saved'], async ({ record, report }) => {
    const { alice, reportId, first } = await report();
    const verdict = await record(() => saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } }));
    return [{ action: 'verdict.saved', entityType: 'verdict', entityId: verdict.id, reportId, sentenceId: first.sentenceId, actorId: alice.id, before: 'null' }];
  }),
  auditCase('lib/review/save-verdict.ts#saveVerdict', 'a reviewer changes their verdict, recording what it was', ['verdict.saved'], async ({ record, report }) => {
    const { alice, reportId, first } = await report();
    const saved = await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } });
    await record(() => saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...disputed, version: saved.version } }));
    return [{ action: 'verdict.saved', entityType: 'verdict', entityId: saved.id, reportId, sentenceId: first.sentenceId, actorId: alice.id, before: 'present' }];
  }),
];
