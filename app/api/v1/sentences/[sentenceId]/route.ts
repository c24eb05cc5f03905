// PATCH /api/v1/sentences/{id} - change a unit's kind ({"kind": "caption"}); only body units are for review
import { apiRoute } from '@/lib/http/api-route';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';

export const PATCH = apiRoute(({ actor, input }) => changeSentenceKind({ actor, input }), { maxBodyBytes: 64 * 1024 });
