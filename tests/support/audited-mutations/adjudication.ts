import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { saveVerdict } from '@/lib/review/save-verdict';
import { people, reportToReview, singleSource, disputed, type AuditCase } from './case-kit';

// Editors' final verdicts.
export const adjudicationCases: AuditCase[] = [
  {
    mutation: 'lib/adjudication/save-final-verdict.ts#saveFinalVerdict',
    behaviour: 'an editor settles a claim',
    actions: ['final_verdict.saved'],
    run: async (record) => {
      const { editor } = await people();
      const { reportId, first } = await reportToReview(editor);
      const final = await record(() => saveFinalVerdict({ actor: editor.actor, input: { claimId: first.id, ...singleSource } }));
      return [{ action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'null' }];
    },
  },
  {
    mutation: 'lib/adjudication/save-final-verdict.ts#saveFinalVerdict',
    behaviour: 'an editor changes a final verdict, recording what it was',
    actions: ['final_verdict.saved'],
    run: async (record) => {
      const { editor } = await people();
      const { reportId, first } = await reportToReview(editor);
      const final = await saveFinalVerdict({ actor: editor.actor, input: { claimId: first.id, ...singleSource } });
      await record(() => saveFinalVerdict({ actor: editor.actor, input: { claimId: first.id, ...disputed, version: final.version } }));
      return [{ action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'present' }];
    },
  },
  {
    mutation: 'lib/adjudication/accept-majority.ts#acceptMajority',
    behaviour: "an editor makes the reviewers' majority the final verdict",
    actions: ['final_verdict.saved'],
    run: async (record) => {
      const { editor, alice, bob } = await people();
      const { reportId, first } = await reportToReview(editor);
      for (const reviewer of [alice, bob]) await saveVerdict({ actor: reviewer.actor, input: { claimId: first.id, ...singleSource } });
      const final = await record(() => acceptMajority({ actor: editor.actor, input: { claimId: first.id } }));
      return [{ action: 'final_verdict.saved', entityType: 'final_verdict', entityId: final.id, reportId, sentenceId: first.sentenceId, actorId: editor.id, before: 'null' }];
    },
  },
];
