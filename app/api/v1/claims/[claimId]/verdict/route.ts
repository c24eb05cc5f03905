// PUT /api/v1/claims/{id}/verdict - save the caller's verdict: {label, note, evidence, version}; 409 with {current} on a stale version
import { apiRoute } from '@/lib/http/api-route';
import { saveVerdict } from '@/lib/review/save-verdict';

export const PUT = apiRoute(({ actor, input }) => saveVerdict({ actor, input }), { maxBodyBytes: 256 * 1024 });
