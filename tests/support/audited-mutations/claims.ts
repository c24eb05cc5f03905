import { createClaim } from '@/lib/claims/create-claim';
import { removeClaim } from '@/lib/claims/remove-claim';
import { saveVerdict } from '@/lib/review/save-verdict';
import { auditCase, singleSource, type AuditCase } from './case-kit';

// Claims reviewers make and remove.
export const claimCases: AuditCase[] = [
  auditCase('lib/claims/create-claim.ts#createClaim', 'a reviewer makes a claim of part of a sentence', ['claim.created'], async ({ record, report }) => {
    const { alice, reportId, first } = await report();
    const claim = await record(() => createClaim({ actor: alice.actor, input: { sentenceId: first.sentenceId, start: 0, end: 11 } }));
    return [{ action: 'claim.created', entityType: 'claim', entityId: claim.id, reportId, sentenceId: first.sentenceId, actorId: alice.id }];
  }),
  auditCase('lib/claims/remove-claim.ts#removeClaim', 'a reviewer removes a claim they made', ['claim.removed'], async ({ record, report }) => {
    const { alice, reportId, first } = await report();
    const claim = await createClaim({ actor: alice.actor, input: { sentenceId: first.sentenceId, start: 0, end: 11 } });
    await record(() => removeClaim({ actor: alice.actor, input: { claimId: claim.id } }));
    return [{ action: 'claim.removed', entityType: 'claim', entityId: claim.id, reportId, sentenceId: first.sentenceId, actorId: alice.id }];
  }),
  auditCase('lib/claims/remove-claim.ts#removeClaim', 'a reviewer under blind review removes a claim of theirs that an editor has labelled: it is handed over', ['claim.handed_over'], async ({ record, report }) => {
    const { editor, alice, reportId, first } = await report();
    const claim = await createClaim({ actor: alice.actor, input: { sentenceId: first.sentenceId, start: 0, end: 11 } });
    await saveVerdict({ actor: editor.actor, input: { claimId: claim.id, ...singleSource } });
    await record(() => removeClaim({ actor: alice.actor, input: { claimId: claim.id } }));
    return [{ action: 'claim.handed_over', entityType: 'claim', entityId: claim.id, reportId, sentenceId: first.sentenceId, actorId: alice.id }];
  }),
];
