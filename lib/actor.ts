import type { Role } from '@/lib/generated/prisma/enums';

/** Who is acting: a signed-in user, or the operator at the command line (scripts/). */
export type UserActor = { kind: 'user'; id: string; email: string; name: string; role: Role };
export type SystemActor = { kind: 'system'; name: 'cli' | 'seed' | 'sign-in' };
export type Actor = UserActor | SystemActor;

export const cliActor: SystemActor = { kind: 'system', name: 'cli' };
export const seedActor: SystemActor = { kind: 'system', name: 'seed' };
/** Who records a failed sign-in: nobody is signed in yet. */
export const signInActor: SystemActor = { kind: 'system', name: 'sign-in' };

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}
