import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { cliActor, type UserActor } from '@/lib/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
import type { ActionResult } from '@/lib/http/action-result';
import { importReport } from '@/lib/reports/import-report';
import { reviseReport } from '@/lib/reports/revise-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { createTestUser } from './factories';
import type { Caller, Outcome } from './permission-matrix';
import { archiveReport } from '@/lib/reports/archive-report';
import { decideSourceRelation } from '@/lib/stories/decide-source-relation';
import { routeAnswerText } from './route-answer-text';

export const origin = 'http://localhost:3000';

type Account = { actor: UserActor; token: string };
export type World = Record<Exclude<Caller, 'anonymous'> | 'other', Account>;

/** One account per caller (the deactivated one deactivated after its token was issued), and another reviewer. */
export async function createWorld(): Promise<World> {
  const make = async (role: 'admin' | 'editor' | 'reviewer') => {
    const user = await createTestUser({ role });
    const { token } = await issueApiToken({ actor: cliActor, input: { email: user.email } });
    return { actor: user.actor, token };
  };
  const [reviewer, editor, admin, deactivated, other] = await Promise.all([make('reviewer'), make('editor'), make('admin'), make('reviewer'), make('reviewer')]);
  await setUserActive({ actor: cliActor, input: { email: deactivated.actor.email }, isActive: false });
  return { reviewer, editor, admin, deactivated, other };
}

/** A report of its own for each call, so one caller's change never decides another's outcome. */
export async function freshReport() {
  const marker = randomUUID();
  const report = await importReport({
    actor: cliActor,
    input: { outlet: 'Matrix Wire', title: `Matrix ${marker}`, body: `Envoys met in Seoul on Friday (${marker}).\n\nThey spoke about cyber theft.` },
  });
  const sentence = await db.sentence.findFirstOrThrow({ where: { reportId: report.id }, orderBy: { index: 'asc' }, select: { id: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { sentenceId: sentence.id, isDefault: true }, select: { id: true } });
  return { reportId: report.id, sentenceId: sentence.id, claimId: claim.id, marker };
}

/** A story of two fresh reports, with a claim of each: what fact-map calls need. */
export async function freshStory() {
  const [first, second] = [await freshReport(), await freshReport()];
  const story = await db.story.create({ data: { title: `Matrix story ${first.marker}` }, select: { id: true } });
  await db.report.updateMany({ where: { id: { in: [first.reportId, second.reportId] } }, data: { storyId: story.id } });
  return { storyId: story.id, claimId: first.claimId, otherClaimId: second.claimId };
}

/** A fresh report already archived, to bring back. */
export async function archivedReport() {
  const { reportId } = await freshReport();
  await archiveReport({ actor: cliActor, input: { reportId, archived: true } });
  return reportId;
}

/** A story of two fresh reports, and, when an editor is given, their pair decided by that editor. */
export async function storyPair(decidedBy?: UserActor) {
  const reportIds = [(await freshReport()).reportId, (await freshReport()).reportId];
  const story = await db.story.create({ data: { title: 'Matrix story' }, select: { id: true } });
  await db.report.updateMany({ where: { id: { in: reportIds } }, data: { storyId: story.id } });
  if (decidedBy) await decideSourceRelation({ actor: decidedBy, input: { reportIds, relation: 'independent' } });
  return { storyId: story.id, reportIds };
}

/** A report whose corrected version left out its second sentence: that sentence is orphaned. */
export async function orphanedReport() {
  const { reportId, marker } = await freshReport();
  const summary = await reviseReport({ actor: cliActor, input: { reportId, body: `Envoys met in Seoul on Friday (${marker}).` } });
  const [sentenceId] = summary.sentences.orphaned;
  if (!sentenceId) throw new Error('The revision orphaned nothing');
  return { reportId, sentenceId };
}

export async function claimBy(actor: UserActor, sentenceId: string) {
  return createClaim({ actor, input: { sentenceId, start: 0, end: 6 } });
}

export async function verdictBy(actor: UserActor, claimId: string) {
  return saveVerdict({ actor, input: { claimId, label: 'single_source', note: '' } });
}

export async function assigned(reportId: string, reviewerId: string) {
  await assignReviewer({ actor: cliActor, input: { reportId, reviewerId } });
}

function outcomeOfStatus(status: number, body: string): Outcome {
  if (status >= 200 && status < 300) return 'ok';
  if (['401', '403', '404', '409'].includes(String(status))) return String(status) as Outcome;
  throw new Error(`Unexpected status ${status}: ${body.slice(0, 500)}`);
}

const codes: Record<string, Outcome> = { unauthorized: '401', forbidden: '403', not_found: '404', conflict: '409' };

export function outcomeOfAction(result: ActionResult<unknown>): Outcome {
  if (result.ok) return 'ok';
  const outcome = codes[result.code];
  if (!outcome) throw new Error(`Unexpected action result ${result.code}: ${result.message} (${result.field ?? 'no field'})`);
  return outcome;
}

type RouteModule = Record<string, (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;

/**
 * Calls a route handler directly, as Next would after routing: `/api/v1/reports/[reportId]` with
 * params `{ reportId }`. Nothing runs in front of it, so what refuses is the route itself.
 */
export async function routeResponse(
  token: string | null,
  method: string,
  template: string,
  params: Record<string, string> = {},
  { body, query }: { body?: unknown; query?: Record<string, string> } = {},
): Promise<Response> {
  const routeModule = (await import(`@/app${template}/route`)) as RouteModule;
  const handler = routeModule[method];
  if (!handler) throw new Error(`${template} has no ${method} handler`);
  const url = new URL(template.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''), origin);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers({ origin });
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (body !== undefined) headers.set('content-type', 'application/json');
  return handler(new NextRequest(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
}

/** The outcome of calling a route handler directly (routeResponse). */
export async function callRoute(...call: Parameters<typeof routeResponse>): Promise<Outcome> {
  const response = await routeResponse(...call);
  return outcomeOfStatus(response.status, await routeAnswerText(response));
}
