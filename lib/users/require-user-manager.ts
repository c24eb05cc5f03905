import type { Actor } from '@/lib/actor';
import { canManageUsers } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';

export function requireUserManager(actor: Actor): void {
  if (!canManageUsers(actor)) throw new AppError('forbidden', 'Only an admin can manage accounts');
}
