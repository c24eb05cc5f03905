// POST /api/v1/reports/{id}/archive - {reason?}: archive a report (editors and admins): hidden from lists, locked, kept for exports and history
// DELETE /api/v1/reports/{id}/archive?reason= - bring it back from the archive
import { apiRoute } from '@/lib/http/api-route';
import { archiveReport } from '@/lib/reports/archive-report';

export const POST = apiRoute(({ actor, input }) => archiveReport({ actor, input: { ...input, archived: true } }), { maxBodyBytes: 16 * 1024 });

export const DELETE = apiRoute(({ actor, input }) => archiveReport({ actor, input: { ...input, archived: false } }));
