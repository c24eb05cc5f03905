// PUT /api/v1/claims/{id}/final - an editor's final verdict: the same body and answers as /verdict; 403 for reviewers
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { apiRoute } from '@/lib/http/api-route';

export const PUT = apiRoute(({ actor, input }) => saveFinalVerdict({ actor, input }), { maxBodyBytes: 256 * 1024 });
