import { saveVerdict } from '@/lib/review/save-verdict';
import { people, reportToReview, singleSource, disputed, type AuditCase } from './case-kit';

// Reviewers' verdicts.
export const reviewCases: AuditCase[] = [
  {
    mutation: 'lib/review/save-verdict.ts#saveVerdict',
    behaviour: "a reviewer's first verdict on a claim",
    actions: ['verdict.saved'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId, first } = await reportToReview(editor);
      const verdict = await record(() => saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } }));
      return [{ action: 'verdict.saved', entityType: 'verdict', entityId: verdict.id, reportId, sentenceId: first.sentenceId, actorId: alice.id, before: 'null' }];
    },
  },
  {
    mutation: 'lib/review/save-verdict.ts#saveVerdict',
    behaviour: 'a reviewer changes their verdict, recording what it was',
    actions: ['verdict.saved'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId, first } = await reportToReview(editor);
      const saved = await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } });
      await record(() => saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...disputed, version: saved.version } }));
      return [{ action: 'verdict.saved', entityType: 'verdict', entityId: saved.id, reportId, sentenceId: first.sentenceId, actorId: alice.id, before: 'present' }];
    },
  },
];
