import { createTestUser } from './factories';

export type TestUser = Awaited<ReturnType<typeof createTestUser>>;

/** An editor and two reviewers, Alice and Bob: the people a report's review needs. */
export async function createReviewTeam() {
  const [editor, alice, bob] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser(), createTestUser()]);
  return { editor, alice, bob };
}
