import { randomUUID } from 'node:crypto';
import { cliActor } from '@/lib/actor';
import { createUser } from '@/lib/users/create-user';

export const testPassword = 'correct-horse-battery-staple';

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@newsroom.test`;
}

export async function createTestUser({
  role = 'reviewer',
  email = uniqueEmail(role),
  name = `Test ${role}`,
  password = testPassword,
}: { role?: 'admin' | 'editor' | 'reviewer'; email?: string; name?: string; password?: string } = {}) {
  const user = await createUser({ actor: cliActor, input: { email, name, role, password } });
  return { ...user, actor: { kind: 'user' as const, id: user.id, email: user.email, name: user.name, role: user.role } };
}
