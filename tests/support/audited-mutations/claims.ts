import { createClaim } from '@/lib/claims/create-claim';
import { removeClaim } from '@/lib/claims/remove-claim';
import { saveVerdict } from '@/lib/review/save-verdict';
import { people, reportToReview, singleSource, type AuditCase } from './case-kit';

// Claims reviewers make and remove.
export const claimCases: AuditCase[] = [
  {
    mutation: 'lib/claims/create-claim.ts#createClaim',
    behaviour: 'a reviewer makes a claim of part of a sentence',
    actions: ['claim.created'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId, first } = await reportToReview(editor);
      const claim = await record(() => createClaim({ actor: alice.actor, input: { sentenceId: first.sentenceId, start: 0, end: 11 } }));
      return [{ action: 'claim.created', entityType: 'claim', entityId: claim.id, reportId, sentenceId: first.sentenceId, actorId: alice.id }];
    },
  },
  {
    mutation: 'lib/claims/remove-claim.ts#removeClaim',
    behaviour: 'a reviewer removes a claim they made',
    actions: ['claim.removed'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId, first } = await reportToReview(editor);
      const claim = await createClaim({ actor: alice.actor, input: { sentenceId: first.sentenceId, start: 0, end: 11 } });
      await record(() => removeClaim({ actor: alice.actor, input: { claimId: claim.id } }));
      return [{ action: 'claim.removed', entityType: 'claim', entityId: claim.id, reportId, sentenceId: first.sentenceId, actorId: alice.id }];
    },
  },
  {
    mutation: 'lib/claims/remove-claim.ts#removeClaim',
    behaviour: 'a reviewer under blind review removes a claim of theirs that an editor has labelled: it is handed over',
    actions: ['claim.handed_over'],
    run: async (record) => {
      const { editor, alice } = await people();
      const { reportId, first } = await reportToReview(editor);
      const claim = await createClaim({ actor: alice.actor, input: { sentenceId: first.sentenceId, start: 0, end: 11 } });
      await saveVerdict({ actor: editor.actor, input: { claimId: claim.id, ...singleSource } });
      await record(() => removeClaim({ actor: alice.actor, input: { claimId: claim.id } }));
      return [{ action: 'claim.handed_over', entityType: 'claim', entityId: claim.id, reportId, sentenceId: first.sentenceId, actorId: alice.id }];
    },
  },
];
