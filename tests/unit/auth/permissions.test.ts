import { describe, expect, test } from 'vitest';
import { cliActor, type UserActor } from '@/lib/actor';
import { assertAllowed, canDecideAsEditor, canManageWorkflow, canReadReports, canReview, canSeeFinalVerdicts, isSignedInUser } from '@/lib/permissions';

const person = (role: UserActor['role']): UserActor => ({ kind: 'user', id: `id-${role}`, email: `${role}@example.org`, name: role, role });

describe('assertAllowed', () => {
  test('a refusal names whom the rule allows and what was refused', () => {
    expect(() => assertAllowed(person('reviewer'), canManageWorkflow, 'assign reviewers')).toThrow(
      expect.objectContaining({ code: 'forbidden', message: 'Only editors and admins can assign reviewers' }),
    );
  });

  test('an allowed actor passes, and past a rule for people the actor is a user', () => {
    const actor: Parameters<typeof assertAllowed>[0] = person('editor');
    assertAllowed(actor, canReview, 'give verdicts');
    // Compiles only because assertAllowed narrowed the actor to a user.
    expect(actor.id).toBe('id-editor');
  });
});

describe('the rules', () => {
  test('the command line manages the workflow and reads reports, but decides nothing an editor must and reviews nothing', () => {
    expect([canManageWorkflow(cliActor), canReadReports(cliActor)]).toEqual([true, true]);
    expect([canDecideAsEditor(cliActor), canReview(cliActor), isSignedInUser(cliActor)]).toEqual([false, false, false]);
  });

  test.each([
    ['reviewer', false, true],
    ['editor', true, true],
    ['admin', true, true],
  ] as const)('a signed-in %s: decides as editor %s, reviews %s', (role, decides, reviews) => {
    expect([canDecideAsEditor(person(role)), canReview(person(role))]).toEqual([decides, reviews]);
  });

  test.each([
    ['reviewer', [false, false, true]],
    ['editor', [false, true, true]],
    ['admin', [false, true, true]],
  ] as const)('a signed-in %s sees final verdicts in review, in adjudication, approved: %j', (role, seen) => {
    expect((['in_review', 'in_adjudication', 'approved'] as const).map((status) => canSeeFinalVerdicts(person(role), { status }))).toEqual(seen);
  });
});
