// GET /api/v1/me - the caller's own account: {id, email, name, role}, e.g. to find one's id for assignments
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async ({ actor }) =>
  actor.kind === 'user' ? { id: actor.id, email: actor.email, name: actor.name, role: actor.role } : { id: null, name: actor.name, role: 'system' },
);
