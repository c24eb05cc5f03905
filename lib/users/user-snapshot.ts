import type { User } from '@/lib/generated/prisma/client';

export const userSnapshotSelect = { id: true, email: true, name: true, role: true, isActive: true } as const;

/** What the accounts pages show of an account. */
export const accountSelect = { ...userSnapshotSelect, createdAt: true } as const;

export type UserSnapshot = Pick<User, 'email' | 'name' | 'role' | 'isActive'>;

/** The fields an audit event records for a user (never the password hash). */
export function userSnapshot(user: UserSnapshot): UserSnapshot {
  return { email: user.email, name: user.name, role: user.role, isActive: user.isActive };
}
