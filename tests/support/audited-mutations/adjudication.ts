import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { saveVerdict } from '@/lib/review/save-verdict';
import { auditCase, singleSource, disputed, type AuditCase } from './case-kit';

// Editors' final verdicts.
export const adjudicationCases: AuditCase[] = [
  auditCase('lib/adjudication/save-final-verdict.ts#saveFinalVerdict', 'an editor settles a claim', ['final_verdict.saved'], async ({ record, report }) => {
    const { editor, reportId, first } = await report();
    const final = await record(() => saveFinalVerdict({ actor: editor.actor, input: { claimId: first.id, ...singleSource } }));
    return [{ action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'null' }];
  }),
  auditCase('lib/adjudication/save-final-verdict.ts#saveFinalVerdict', 'an editor changes a final verdict, recording what it was', ['final_verdict.saved'], async ({ record, report }) => {
    const { editor, reportId, first } = await report();
    const final = await saveFinalVerdict({ actor: editor.actor, input: { claimId: first.id, ...singleSource } });
    await record(() => saveFinalVerdict({ actor: editor.actor, input: { claimId: first.id, ...disputed, version: final.version } }));
    return [{ action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'present' }];
  }),
  auditCase('lib/adjudication/accept-majority.ts#acceptMajority', "an editor makes the reviewers' majority the final verdict", ['final_verdict.saved'], async ({ record, report }) => {
    const { editor, alice, bob, reportId, first } = await report();
    for (const reviewer of [alice, bob]) await saveVerdict({ actor: reviewer.actor, input: { claimId: first.id, ...singleSource } });
    const final = await record(() => acceptMajority({ actor: editor.actor, input: { claimId: first.id } }));
    return [{ action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'null' }];
  }),
];
