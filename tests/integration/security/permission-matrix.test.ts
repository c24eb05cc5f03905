import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { cliActor, type UserActor } from '@/lib/actor';
import { startUserSession } from '@/lib/auth/start-user-session';
import { runTransaction } from '@/lib/database/run-transaction';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import type { ActionResult } from '@/lib/http/action-result';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { completeReview } from '@/lib/workflow/complete-review';
import { archivedReport, assigned, callRoute, claimBy, createWorld, freshReport, freshStory, orphanedReport, outcomeOfAction, storyPair, verdictBy, type World } from '../../support/permission-calls';
import { createTestUser, testPassword, uniqueEmail } from '../../support/factories';
import { bodyText, exportBody } from '../../support/reviewed-reports';
import { page, startPageServer, type PageServer } from '../../support/page-server';
import { reportPdf } from '../../support/report-pdf';
import { callers, matrixFile, readPermissionMatrix, type Caller, type Outcome } from '../../support/permission-matrix';

// Server actions read the session through next-auth and the request through next/headers. The
// session here is what a valid cookie for the caller would give (a session opened for it) (the account is then checked in
// the database as always); the request comes from our own page.
const session = vi.hoisted(() => ({ current: null as { userId: string; sessionId: string; authTime: number } | null }));
vi.mock('next-auth', async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => session.current }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000' }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, refresh: () => undefined }));

type Call = {
  caller: Caller;
  /** The caller's account (the deactivated one for `deactivated`); null when anonymous. */
  actor: UserActor | null;
  route: (method: string, template: string, params?: Record<string, string>, init?: { body?: unknown; query?: Record<string, string> }) => Promise<Outcome>;
  action: <T>(run: (input: unknown) => Promise<ActionResult<T>>, input: unknown) => Promise<Outcome>;
};

let world: World;
// The pages imports from a URL fetch: each address a page of its own, so no import is a duplicate.
let pages: PageServer;
const freshPageUrl = () => pages.url(`/story?marker=${crypto.randomUUID()}`);

function callAs(caller: Caller): Call {
  const account = caller === 'anonymous' ? null : world[caller];
  return {
    caller,
    actor: account?.actor ?? null,
    route: (method, template, params, init) => callRoute(account?.token ?? null, method, template, params, init),
    action: async (run, input) => {
      session.current = account ? { userId: account.actor.id, sessionId: await runTransaction((tx) => startUserSession(tx, account.actor.id)), authTime: Date.now() } : null;
      try {
        return outcomeOfAction(await run(input));
      } finally {
        session.current = null;
      }
    },
  };
}

async function exportedDocument(): Promise<unknown> {
  const { reportId } = await freshReport();
  return JSON.parse(bodyText((await exportBody(world.admin.actor, { format: 'json', scope: 'all', reportId })).bytes));
}

async function tokenOf(actor: UserActor): Promise<string> {
  return (await issueApiToken({ actor: cliActor, input: { email: actor.email, name: 'to revoke' } })).id;
}

const accountActions = () => import('@/actions/account');
const adjudicationActions = () => import('@/actions/adjudication');
const claimActions = () => import('@/actions/claims');
const reportActions = () => import('@/actions/reports');
const userActions = () => import('@/actions/users');
const verdictActions = () => import('@/actions/verdicts');
const storyActions = () => import('@/actions/stories');
const factActions = () => import('@/actions/facts');
const workflowActions = () => import('@/actions/workflow');

/** A fresh report whose review the other reviewer has marked complete. */
async function completedByOther(): Promise<string> {
  const { reportId } = await freshReport();
  await completeReview({ actor: world.other.actor, input: { reportId } });
  return reportId;
}

/** The caller's own actor, or the other reviewer's for callers who have none to act with. */
function ownerFor(call: Call): UserActor {
  return call.actor && call.caller !== 'deactivated' ? call.actor : world.other.actor;
}

// How to make each call validly for the caller, so that its outcome shows the permission and
// nothing else. Keys are the entries of docs/permissions.md.
const calls: Record<string, (call: Call) => Promise<Outcome>> = {
  'GET /api/health': (call) => call.route('GET', '/api/health'),
  'GET /api/v1/me': (call) => call.route('GET', '/api/v1/me'),
  'GET /api/v1/reports': (call) => call.route('GET', '/api/v1/reports'),
  'POST /api/v1/reports': (call) => call.route('POST', '/api/v1/reports', {}, { body: { outlet: 'Matrix Wire', body: `A new report ${crypto.randomUUID()}.` } }),
  'POST /api/v1/reports/from-url': (call) => call.route('POST', '/api/v1/reports/from-url', {}, { body: { url: freshPageUrl() } }),
  'GET /api/v1/reports/[reportId]/snapshot': async (call) => {
    const { id: reportId } = await importReportFromUrl({ actor: world.admin.actor, input: { url: freshPageUrl() } });
    return call.route('GET', '/api/v1/reports/[reportId]/snapshot', { reportId });
  },
  'GET /api/v1/reports/[reportId]': async (call) => call.route('GET', '/api/v1/reports/[reportId]', { reportId: (await freshReport()).reportId }),
  'PATCH /api/v1/reports/[reportId]': async (call) =>
    call.route('PATCH', '/api/v1/reports/[reportId]', { reportId: (await freshReport()).reportId }, { body: { blindReview: false } }),
  'DELETE /api/v1/reports/[reportId]': async (call) => call.route('DELETE', '/api/v1/reports/[reportId]', { reportId: (await freshReport()).reportId }),
  'POST /api/v1/reports/[reportId]/archive': async (call) => call.route('POST', '/api/v1/reports/[reportId]/archive', { reportId: (await freshReport()).reportId }, { body: {} }),
  'DELETE /api/v1/reports/[reportId]/archive': async (call) => call.route('DELETE', '/api/v1/reports/[reportId]/archive', { reportId: await archivedReport() }),
  'GET /api/v1/reports/[reportId]/text': async (call) => call.route('GET', '/api/v1/reports/[reportId]/text', { reportId: (await freshReport()).reportId }),
  'GET /api/v1/live': async (call) => call.route('GET', '/api/v1/live', {}),
  'GET /api/v1/reports/[reportId]/live': async (call) => call.route('GET', '/api/v1/reports/[reportId]/live', { reportId: (await freshReport()).reportId }),
  'GET /api/v1/reports/[reportId]/agreement': async (call) => call.route('GET', '/api/v1/reports/[reportId]/agreement', { reportId: (await freshReport()).reportId }),
  'POST /api/v1/reports/[reportId]/completion': async (call) => {
    const { reportId } = await freshReport();
    await assigned(reportId, ownerFor(call).id);
    return call.route('POST', '/api/v1/reports/[reportId]/completion', { reportId });
  },
  'POST /api/v1/reports/[reportId]/completion/[reviewerId]/reopen': async (call) => {
    const reportId = await completedByOther();
    return call.route('POST', '/api/v1/reports/[reportId]/completion/[reviewerId]/reopen', { reportId, reviewerId: world.other.actor.id }, { body: { reason: 'A second source' } });
  },
  'POST /api/v1/reports/[reportId]/revisions': async (call) => {
    const { reportId, marker } = await freshReport();
    return call.route('POST', '/api/v1/reports/[reportId]/revisions', { reportId }, { body: { body: `Envoys met in Seoul on Friday (${marker}), revised.` } });
  },
  'POST /api/v1/reports/[reportId]/orphans/dismiss': async (call) => {
    const { reportId, sentenceId } = await orphanedReport();
    return call.route('POST', '/api/v1/reports/[reportId]/orphans/dismiss', { reportId }, { body: { sentenceIds: [sentenceId] } });
  },
  'POST /api/v1/reports/[reportId]/status': async (call) =>
    call.route('POST', '/api/v1/reports/[reportId]/status', { reportId: (await freshReport()).reportId }, { body: { status: 'in_adjudication' } }),
  'GET /api/v1/reports/[reportId]/assignments': async (call) => call.route('GET', '/api/v1/reports/[reportId]/assignments', { reportId: (await freshReport()).reportId }),
  'POST /api/v1/reports/[reportId]/assignments': async (call) =>
    call.route('POST', '/api/v1/reports/[reportId]/assignments', { reportId: (await freshReport()).reportId }, { body: { reviewerId: world.other.actor.id } }),
  'DELETE /api/v1/reports/[reportId]/assignments/[reviewerId]': async (call) => {
    const { reportId } = await freshReport();
    await assigned(reportId, world.other.actor.id);
    return call.route('DELETE', '/api/v1/reports/[reportId]/assignments/[reviewerId]', { reportId, reviewerId: world.other.actor.id });
  },
  'GET /api/v1/reports/[reportId]/adjudication': async (call) => call.route('GET', '/api/v1/reports/[reportId]/adjudication', { reportId: (await freshReport()).reportId }),
  'PATCH /api/v1/sentences/[sentenceId]': async (call) =>
    call.route('PATCH', '/api/v1/sentences/[sentenceId]', { sentenceId: (await freshReport()).sentenceId }, { body: { kind: 'caption' } }),
  'POST /api/v1/sentences/[sentenceId]/claims': async (call) =>
    call.route('POST', '/api/v1/sentences/[sentenceId]/claims', { sentenceId: (await freshReport()).sentenceId }, { body: { start: 0, end: 6 } }),
  'DELETE /api/v1/claims/[claimId]': async (call) => {
    const claim = await claimBy(ownerFor(call), (await freshReport()).sentenceId);
    return call.route('DELETE', '/api/v1/claims/[claimId]', { claimId: claim.id });
  },
  'DELETE /api/v1/claims/[claimId] (another reviewer’s claim)': async (call) => {
    const claim = await claimBy(world.other.actor, (await freshReport()).sentenceId);
    return call.route('DELETE', '/api/v1/claims/[claimId]', { claimId: claim.id });
  },
  'PUT /api/v1/claims/[claimId]/verdict': async (call) =>
    call.route('PUT', '/api/v1/claims/[claimId]/verdict', { claimId: (await freshReport()).claimId }, { body: { label: 'single_source' } }),
  'PUT /api/v1/claims/[claimId]/verdict (writes the caller’s own verdict, never another’s)': async (call) => {
    const { claimId } = await freshReport();
    const others = await verdictBy(world.other.actor, claimId);
    // No version: for another reviewer's existing verdict this would be a stale save if it were the same verdict.
    const outcome = await call.route('PUT', '/api/v1/claims/[claimId]/verdict', { claimId }, { body: { label: 'disputed', evidence: [{ url: 'https://example.test/x', quote: 'Denied.', relation: 'contradicts' }] } });
    const { db } = await import('@/lib/db');
    const stillTheirs = await db.verdict.findFirstOrThrow({ where: { claimId, reviewerId: world.other.actor.id } });
    expect(stillTheirs).toMatchObject({ label: 'single_source', version: others.version });
    return outcome;
  },
  'GET /api/v1/reports/[reportId]/agreement (after the caller completed their review)': async (call) => {
    const { reportId } = await freshReport();
    if (call.actor && call.caller !== 'deactivated') {
      await assigned(reportId, call.actor.id);
      await completeReview({ actor: call.actor, input: { reportId } });
    }
    return call.route('GET', '/api/v1/reports/[reportId]/agreement', { reportId });
  },
  'GET /api/v1/stories/[storyId]/facts': async (call) => call.route('GET', '/api/v1/stories/[storyId]/facts', { storyId: (await freshStory()).storyId }),
  'POST /api/v1/stories/[storyId]/facts/corrections': async (call) => {
    const { storyId, claimId, otherClaimId } = await freshStory();
    return call.route('POST', '/api/v1/stories/[storyId]/facts/corrections', { storyId }, { body: { links: [{ claimId, otherClaimId, sameFact: true }] } });
  },
  'GET /api/v1/claims/[claimId]/suggestions': async (call) => call.route('GET', '/api/v1/claims/[claimId]/suggestions', { claimId: (await freshReport()).claimId }),
  'PUT /api/v1/claims/[claimId]/final': async (call) =>
    call.route('PUT', '/api/v1/claims/[claimId]/final', { claimId: (await freshReport()).claimId }, { body: { label: 'single_source' } }),
  'POST /api/v1/claims/[claimId]/final/majority': async (call) => {
    const { claimId } = await freshReport();
    await verdictBy(world.other.actor, claimId);
    return call.route('POST', '/api/v1/claims/[claimId]/final/majority', { claimId });
  },
  'GET /api/v1/dashboard': (call) => call.route('GET', '/api/v1/dashboard'),
  'GET /api/v1/export': async (call) => call.route('GET', '/api/v1/export', {}, { query: { format: 'json', reportId: (await freshReport()).reportId } }),
  // Restoring needs a server without reports: an admin gets past the permission to that check (409).
  'POST /api/v1/import': async (call) => call.route('POST', '/api/v1/import', {}, { body: await exportedDocument() }),
  'GET /api/v1/audit': (call) => call.route('GET', '/api/v1/audit', {}, { query: { limit: '5' } }),
  'GET /api/v1/audit/export': (call) => call.route('GET', '/api/v1/audit/export', {}, { query: { format: 'csv', action: 'report.imported' } }),
  'GET /api/v1/tokens': (call) => call.route('GET', '/api/v1/tokens'),
  'GET /api/v1/tokens (another account’s, `?userId=`)': (call) => call.route('GET', '/api/v1/tokens', {}, { query: { userId: world.other.actor.id } }),
  'POST /api/v1/tokens': (call) => call.route('POST', '/api/v1/tokens', {}, { body: { name: 'matrix' } }),
  'DELETE /api/v1/tokens/[tokenId]': async (call) => call.route('DELETE', '/api/v1/tokens/[tokenId]', { tokenId: await tokenOf(ownerFor(call)) }),
  'DELETE /api/v1/tokens/[tokenId] (another account’s token)': async (call) =>
    call.route('DELETE', '/api/v1/tokens/[tokenId]', { tokenId: await tokenOf(world.other.actor) }),
  'GET /api/v1/stories': (call) => call.route('GET', '/api/v1/stories'),
  'POST /api/v1/stories': async (call) => call.route('POST', '/api/v1/stories', {}, { body: { title: 'Matrix story', reportIds: [(await freshReport()).reportId] } }),
  'GET /api/v1/stories/[storyId]': async (call) => call.route('GET', '/api/v1/stories/[storyId]', { storyId: (await storyPair()).storyId }),
  'PATCH /api/v1/stories/[storyId]': async (call) => call.route('PATCH', '/api/v1/stories/[storyId]', { storyId: (await storyPair()).storyId }, { body: { title: 'Renamed' } }),
  'PUT /api/v1/stories/[storyId]/reports/[reportId]': async (call) =>
    call.route('PUT', '/api/v1/stories/[storyId]/reports/[reportId]', { storyId: (await storyPair()).storyId, reportId: (await freshReport()).reportId }),
  'DELETE /api/v1/stories/[storyId]/reports/[reportId]': async (call) => {
    const { storyId, reportIds } = await storyPair();
    return call.route('DELETE', '/api/v1/stories/[storyId]/reports/[reportId]', { storyId, reportId: reportIds[0] ?? '' });
  },
  'GET /api/v1/stories/[storyId]/sources': async (call) => call.route('GET', '/api/v1/stories/[storyId]/sources', { storyId: (await storyPair()).storyId }),
  'PUT /api/v1/stories/[storyId]/sources': async (call) => {
    const { storyId, reportIds } = await storyPair();
    return call.route('PUT', '/api/v1/stories/[storyId]/sources', { storyId }, { body: { reportIds, relation: 'derived', derivedReportId: reportIds[1] } });
  },
  'DELETE /api/v1/stories/[storyId]/sources': async (call) => {
    const { storyId, reportIds } = await storyPair(world.editor.actor);
    return call.route('DELETE', '/api/v1/stories/[storyId]/sources', { storyId }, { query: { reportIds: reportIds.join(',') } });
  },

  importReportAction: async (call) => call.action((await reportActions()).importReportAction, { outlet: 'Matrix Wire', body: `Imported by an action ${crypto.randomUUID()}.` }),
  previewReportFromUrlAction: async (call) => call.action((await reportActions()).previewReportFromUrlAction, { url: freshPageUrl() }),
  readPageAction: async (call) =>
    call.action((await reportActions()).readPageAction, { html: '<html><head><meta property="og:site_name" content="Matrix Wire"></head><body><p>A page.</p></body></html>' }),
  readPdfTextAction: async (call) =>
    call.action((await reportActions()).readPdfTextAction, { pdf: (await reportPdf({ title: 'Matrix', paragraphs: [['A PDF page.']] })).toString('base64') }),
  importReportFromUrlAction: async (call) => call.action((await reportActions()).importReportFromUrlAction, { url: freshPageUrl() }),
  reviseReportAction: async (call) => {
    const { reportId, marker } = await freshReport();
    return call.action((await reportActions()).reviseReportAction, { reportId, body: `Envoys met in Seoul on Friday (${marker}), revised.` });
  },
  deleteReportAction: async (call) => call.action((await reportActions()).deleteReportAction, { reportId: (await freshReport()).reportId }),
  archiveReportAction: async (call) => call.action((await reportActions()).archiveReportAction, { reportId: (await freshReport()).reportId, archived: true }),
  dismissOrphansAction: async (call) => call.action((await reportActions()).dismissOrphansAction, { reportId: (await orphanedReport()).reportId, all: true }),
  decideSourceRelationAction: async (call) => call.action((await storyActions()).decideSourceRelationAction, { ...(await storyPair()), relation: 'independent' }),
  correctFactsAction: async (call) => {
    const { storyId, claimId } = await freshStory();
    const { getStoryFacts } = await import('@/lib/facts/get-story-facts');
    const { facts } = await getStoryFacts({ actor: world.editor.actor, input: { storyId } });
    const [factId, otherFactId] = [facts.find((fact) => fact.statements.some((statement) => statement.claimId === claimId))?.id, facts.find((fact) => !fact.statements.some((statement) => statement.claimId === claimId))?.id];
    return call.action((await factActions()).correctFactsAction, { change: 'merge', storyId, factId, otherFactId });
  },
  clearSourceDecisionAction: async (call) => call.action((await storyActions()).clearSourceDecisionAction, await storyPair(world.editor.actor)),
  createStoryAction: async (call) => call.action((await storyActions()).createStoryAction, { title: 'Matrix story' }),
  renameStoryAction: async (call) => call.action((await storyActions()).renameStoryAction, { storyId: (await storyPair()).storyId, title: 'Renamed' }),
  addReportToStoryAction: async (call) =>
    call.action((await storyActions()).addReportToStoryAction, { storyId: (await storyPair()).storyId, reportId: (await freshReport()).reportId }),
  removeReportFromStoryAction: async (call) => {
    const { storyId, reportIds } = await storyPair();
    return call.action((await storyActions()).removeReportFromStoryAction, { storyId, reportId: reportIds[0] });
  },
  proposeStoryAction: async (call) => call.action((await storyActions()).proposeStoryAction, { text: 'Envoys met in Seoul on Friday.' }),
  changeSentenceKindAction: async (call) => call.action((await reportActions()).changeSentenceKindAction, { sentenceId: (await freshReport()).sentenceId, kind: 'caption' }),
  saveVerdictAction: async (call) => call.action((await verdictActions()).saveVerdictAction, { claimId: (await freshReport()).claimId, label: 'single_source' }),
  suggestEvidenceAction: async (call) => call.action((await verdictActions()).suggestEvidenceAction, { claimId: (await freshReport()).claimId }),
  reviewSentencesAction: async (call) => call.action((await verdictActions()).reviewSentencesAction, { reportId: (await freshReport()).reportId, indexes: [0, 1] }),
  searchReportAction: async (call) => call.action((await verdictActions()).searchReportAction, { reportId: (await freshReport()).reportId, query: 'Seoul' }),
  locateClaimAction: async (call) => {
    const { reportId, claimId } = await freshReport();
    return call.action((await verdictActions()).locateClaimAction, { reportId, claimId });
  },
  saveVerdictFormAction: async (call) => {
    const { claimId } = await freshReport();
    const { saveVerdictFormAction } = await verdictActions();
    const form = new FormData();
    form.set('claimId', claimId);
    form.set('label', 'single_source');
    return call.action(() => saveVerdictFormAction(null, form), {});
  },
  createClaimAction: async (call) => call.action((await claimActions()).createClaimAction, { sentenceId: (await freshReport()).sentenceId, start: 0, end: 6 }),
  removeClaimAction: async (call) => {
    const claim = await claimBy(ownerFor(call), (await freshReport()).sentenceId);
    return call.action((await claimActions()).removeClaimAction, { claimId: claim.id });
  },
  'removeClaimAction (another reviewer’s claim)': async (call) => {
    const claim = await claimBy(world.other.actor, (await freshReport()).sentenceId);
    return call.action((await claimActions()).removeClaimAction, { claimId: claim.id });
  },
  completeReviewAction: async (call) => {
    const { reportId } = await freshReport();
    await assigned(reportId, ownerFor(call).id);
    return call.action((await workflowActions()).completeReviewAction, { reportId });
  },
  reopenReviewAction: async (call) =>
    call.action((await workflowActions()).reopenReviewAction, { reportId: await completedByOther(), reviewerId: world.other.actor.id, reason: 'A second source' }),
  assignReviewerAction: async (call) =>
    call.action((await workflowActions()).assignReviewerAction, { reportId: (await freshReport()).reportId, reviewerId: world.other.actor.id }),
  unassignReviewerAction: async (call) => {
    const { reportId } = await freshReport();
    await assigned(reportId, world.other.actor.id);
    return call.action((await workflowActions()).unassignReviewerAction, { reportId, reviewerId: world.other.actor.id });
  },
  changeReportStatusAction: async (call) =>
    call.action((await workflowActions()).changeReportStatusAction, { reportId: (await freshReport()).reportId, status: 'in_adjudication' }),
  updateReviewSettingsAction: async (call) =>
    call.action((await workflowActions()).updateReviewSettingsAction, { reportId: (await freshReport()).reportId, blindReview: false }),
  saveFinalVerdictAction: async (call) => call.action((await adjudicationActions()).saveFinalVerdictAction, { claimId: (await freshReport()).claimId, label: 'single_source' }),
  acceptMajorityAction: async (call) => {
    const { claimId } = await freshReport();
    await verdictBy(world.other.actor, claimId);
    return call.action((await adjudicationActions()).acceptMajorityAction, { claimId });
  },
  changeOwnPasswordAction: async (call) =>
    call.action((await accountActions()).changeOwnPasswordAction, { currentPassword: testPassword, newPassword: `a new passphrase ${crypto.randomUUID()}` }),
  issueApiTokenAction: async (call) => call.action((await accountActions()).issueApiTokenAction, { name: 'matrix' }),
  revokeApiTokenAction: async (call) => call.action((await accountActions()).revokeApiTokenAction, { tokenId: await tokenOf(ownerFor(call)) }),
  'revokeApiTokenAction (another account’s token)': async (call) =>
    call.action((await accountActions()).revokeApiTokenAction, { tokenId: await tokenOf(world.other.actor) }),
  createUserAction: async (call) => call.action((await userActions()).createUserAction, { email: uniqueEmail('matrix'), name: 'Matrix Made', role: 'reviewer' }),
  setUserRoleAction: async (call) => call.action((await userActions()).setUserRoleAction, { userId: (await createTestUser()).id, role: 'editor' }),
  deactivateUserAction: async (call) => call.action((await userActions()).deactivateUserAction, { userId: (await createTestUser()).id }),
  reactivateUserAction: async (call) => {
    const user = await createTestUser();
    await setUserActive({ actor: cliActor, input: { email: user.email }, isActive: false });
    return call.action((await userActions()).reactivateUserAction, { userId: user.id });
  },
  resetPasswordAction: async (call) => call.action((await userActions()).resetPasswordAction, { userId: (await createTestUser()).id }),
};

const matrix = readPermissionMatrix();
const callableRows = matrix.filter((row) => row.section !== 'Pages');

beforeAll(async () => {
  world = await createWorld();
  pages = await startPageServer({
    '/story': (request, response) => page(`<html><body><p>A page to import (${new URL(request.url ?? '', pages.origin).searchParams.get('marker')}).</p></body></html>`)(request, response),
  });
  process.env.FACTCHECK_FETCH_ALLOWED_HOSTS = '127.0.0.1';
});

afterAll(async () => {
  delete process.env.FACTCHECK_FETCH_ALLOWED_HOSTS;
  await pages.stop();
});

describe.each(callableRows)('$entry', (row) => {
  test.each(callers)('%s', async (caller) => {
    const call = calls[row.entry];
    if (!call) throw new Error(`No call is written for "${row.entry}" in this test`);
    expect(await call(callAs(caller))).toBe(row.expected[caller]);
  });
});

const rootDir = path.resolve(import.meta.dirname, '../../..');
const appDir = path.join(rootDir, 'app');
const actionsDir = path.join(rootDir, 'actions');

/** Each server action of docs/permissions.md, with the file its table's heading names. */
function documentedActionFiles(): Map<string, string> {
  const files = new Map<string, string>();
  let file = '';
  for (const line of readFileSync(matrixFile, 'utf8').split('\n')) {
    if (line.startsWith('## ')) file = '';
    const heading = /^### `([^`]+)`/.exec(line)?.[1];
    if (heading) file = heading;
    const action = /^\|\s*`(\w+Action)`\s*\|/.exec(line)?.[1];
    if (action && file) files.set(action, file);
  }
  return files;
}

function filesNamed(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesNamed(full, test) : test(entry.name) ? [full] : [];
  });
}

describe('the matrix names every route, action and page there is, and nothing else', () => {
  const named = new Set(matrix.map((row) => row.name));

  test('every API route method (next-auth’s own /api/auth is next-auth’s)', () => {
    const routes = filesNamed(path.join(appDir, 'api'), (name) => name === 'route.ts')
      .filter((file) => !file.includes(`${path.sep}auth${path.sep}`))
      .flatMap((file) => {
        const url = `/${path.relative(appDir, path.dirname(file)).split(path.sep).join('/')}`;
        const methods = [...readFileSync(file, 'utf8').matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]);
        return methods.map((method) => `${method} ${url}`);
      });
    expect(routes.filter((route) => !named.has(route))).toEqual([]);
    expect(matrix.filter((row) => row.section.startsWith('API routes') && !routes.includes(row.name)).map((row) => row.name)).toEqual([]);
  });

  test('every server action, in the file the table names', () => {
    const actionFiles = [appDir, actionsDir]
      .flatMap((dir) => filesNamed(dir, (name) => /\.tsx?$/.test(name)))
      .filter((file) => /^['"]use server['"]/m.test(readFileSync(file, 'utf8')))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/export (?:async function|const) (\w+)/g)].map((match) => ({
          action: match[1] ?? '',
          file: path.relative(rootDir, file).split(path.sep).join('/'),
        })),
      );
    const actions = actionFiles.map(({ action }) => action);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => !named.has(action))).toEqual([]);
    expect(matrix.filter((row) => row.section.startsWith('Server actions') && !actions.includes(row.name)).map((row) => row.name)).toEqual([]);
    const documented = documentedActionFiles();
    expect(actionFiles.filter(({ action, file }) => documented.get(action) !== file)).toEqual([]);
  });

  test('every page', () => {
    const pages = filesNamed(appDir, (name) => name === 'page.tsx').map((file) => {
      const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
      return `/${segments.join('/')}`;
    });
    const pageRows = matrix.filter((row) => row.section === 'Pages').map((row) => row.name);
    expect(pages.filter((page) => !pageRows.includes(page))).toEqual([]);
    expect(pageRows.filter((page) => !pages.includes(page))).toEqual([]);
  });

  test('every row of the other tables has a call', () => {
    expect(callableRows.filter((row) => !calls[row.entry]).map((row) => row.entry)).toEqual([]);
  });
});

