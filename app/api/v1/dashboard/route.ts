// GET /api/v1/dashboard - per report: status, reviewers' progress, agreement, open conflicts (disagreements), single verdicts and claims without one; agreement overall (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { getDashboard } from '@/lib/workflow/get-dashboard';

export const GET = apiRoute(({ actor }) => getDashboard({ actor }));
