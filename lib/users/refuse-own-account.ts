import type { Actor } from '@/lib/actor';
import { AppError } from '@/lib/errors';

/** Admins may not lock themselves out: another admin changes their role or deactivates them. */
export function assertNotOwnAccount(actor: Actor, userId: string, field: string, message: string): void {
  if (actor.kind === 'user' && actor.id === userId) throw new AppError('conflict', message, field);
}
