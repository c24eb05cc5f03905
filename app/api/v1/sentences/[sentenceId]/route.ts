// PATCH /api/v1/sentences/{id} - change a sentence's kind ({"kind": "caption"}); only body sentences are for review
import { apiRoute } from '@/lib/http/api-route';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';

export const PATCH = apiRoute(({ actor, input }) => changeSentenceKind({ actor, input }), { maxBodyBytes: 64 * 1024 });
