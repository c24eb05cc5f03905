import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { page, startPageServer, type PageServer } from '../../support/page-server';
import { routeResponse } from '../../support/permission-calls';
import { createReviewTeam } from '../../support/review-team';
import { reportText } from '../../support/story-reports';

let editorToken: string;
let readerToken: string;
let pages: PageServer;
let fetches = 0;

beforeAll(async () => {
  const { editor, alice } = await createReviewTeam();
  editorToken = (await issueApiToken({ actor: cliActor, input: { email: editor.email } })).token;
  readerToken = (await issueApiToken({ actor: cliActor, input: { email: alice.email } })).token;
  pages = await startPageServer({
    '/copy': (request, response) => {
      fetches += 1;
      page(`<html><body><article><p>${reportText('reuters-light-edit.txt').split('\n').join('</p><p>')}</p></article></body></html>`)(request, response);
    },
  });
  process.env.FACTCHECK_FETCH_ALLOWED_HOSTS = '127.0.0.1';
});

afterAll(async () => {
  delete process.env.FACTCHECK_FETCH_ALLOWED_HOSTS;
  await pages.stop();
});

const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });
const smallReport = async (outlet: string) => (await importReport({ actor: cliActor, input: { outlet, body: `Talks resumed in Oslo (${randomUUID()}).` } })).id;

describe('/api/v1/stories', () => {
  test('an editor creates, renames and fills a story; readers list and read it; bad input names the field', async () => {
    const [a, b] = [await smallReport('Fjord Post'), await smallReport('Nordic Wire')];
    const created = await routeResponse(editorToken, 'POST', '/api/v1/stories', {}, { body: { title: 'Oslo talks', reportIds: [a] } });
    expect(created.status).toBe(201);
    const story = (await created.json()) as { id: string };
    expect(created.headers.get('location')).toBe(`/api/v1/stories/${story.id}`);
    expect(story).toEqual({ id: story.id, title: 'Oslo talks', reportIds: [a] });

    expect(await json(await routeResponse(readerToken, 'POST', '/api/v1/stories', {}, { body: { title: 'Mine' } }))).toMatchObject({ status: 403 });
    expect(await json(await routeResponse(editorToken, 'POST', '/api/v1/stories', {}, { body: { title: '' } }))).toMatchObject({ status: 422, body: { error: { field: 'title' } } });

    const storyRoute = '/api/v1/stories/[storyId]';
    expect(await json(await routeResponse(editorToken, 'PATCH', storyRoute, { storyId: story.id }, { body: { title: 'Oslo talks, day one' } }))).toEqual({ status: 200, body: { id: story.id, title: 'Oslo talks, day one' } });
    expect(await json(await routeResponse(readerToken, 'PATCH', storyRoute, { storyId: story.id }, { body: { title: 'x' } }))).toMatchObject({ status: 403 });

    const reportRoute = '/api/v1/stories/[storyId]/reports/[reportId]';
    expect(await json(await routeResponse(editorToken, 'PUT', reportRoute, { storyId: story.id, reportId: b }))).toEqual({ status: 200, body: { storyId: story.id, reportId: b, added: true } });
    expect((await routeResponse(editorToken, 'PUT', reportRoute, { storyId: randomUUID(), reportId: b })).status).toBe(404);
    expect(await json(await routeResponse(editorToken, 'PUT', reportRoute, { storyId: story.id, reportId: 'nope' }))).toMatchObject({ status: 422, body: { error: { field: 'reportId' } } });
    expect((await routeResponse(editorToken, 'DELETE', reportRoute, { storyId: story.id, reportId: a })).status).toBe(204);
    expect((await routeResponse(editorToken, 'DELETE', reportRoute, { storyId: story.id, reportId: a })).status).toBe(404);

    const read = await json(await routeResponse(readerToken, 'GET', storyRoute, { storyId: story.id }));
    expect(read).toMatchObject({ status: 200, body: { id: story.id, title: 'Oslo talks, day one', reports: [{ id: b, outlet: 'Nordic Wire', title: null, publishedOn: null, archived: false }] } });
    const list = await json(await routeResponse(readerToken, 'GET', '/api/v1/stories'));
    expect(list.body.items).toContainEqual({ id: story.id, title: 'Oslo talks, day one', reportIds: [b] });
  });
});

describe('importing into a story', () => {
  test('POST /api/v1/reports with storyId puts the report in the story, its text reuse measured; an unknown story is refused naming storyId', async () => {
    const original = (await importReport({ actor: cliActor, input: { outlet: 'Reuters', body: reportText('reuters.txt'), publishedOn: '2023-04-07' } })).id;
    const story = (await json(await routeResponse(editorToken, 'POST', '/api/v1/stories', {}, { body: { title: 'Seoul', reportIds: [original] } }))).body as { id: string };

    const reports = await db.report.count();
    const refused = await json(await routeResponse(editorToken, 'POST', '/api/v1/reports', {}, { body: { outlet: 'Copy Desk', body: 'Something else.', storyId: randomUUID() } }));
    expect(refused).toMatchObject({ status: 422, body: { error: { field: 'storyId', message: 'No story has this id' } } });
    expect(await json(await routeResponse(editorToken, 'POST', '/api/v1/reports', {}, { body: { outlet: 'Copy Desk', body: 'Something else.', storyId: 'seoul' } }))).toMatchObject({ status: 422, body: { error: { field: 'storyId' } } });
    expect(await db.report.count()).toBe(reports);

    const imported = await routeResponse(editorToken, 'POST', '/api/v1/reports', {}, { body: { outlet: 'Copy Desk', body: reportText('reuters-light-edit.txt'), publishedOn: '2023-04-08', storyId: story.id } });
    expect(imported.status).toBe(201);
    const { report } = (await imported.json()) as { report: { id: string; storyId: string | null } };
    expect(report.storyId).toBe(story.id);
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).storyId).toBe(story.id);
    expect(await db.textReuse.findFirst({ where: { OR: [{ reportId: report.id }, { otherReportId: report.id }] } })).toMatchObject({ reused: true });
    expect(await db.auditEvent.count({ where: { action: 'story.report_added', reportId: report.id, entityId: story.id } })).toBe(1);
  });

  test('POST /api/v1/reports/from-url with storyId: into the story; an unknown story is refused before fetching', async () => {
    const story = (await json(await routeResponse(editorToken, 'POST', '/api/v1/stories', {}, { body: { title: 'Fetched story' } }))).body as { id: string };
    const before = fetches;
    const refused = await json(await routeResponse(editorToken, 'POST', '/api/v1/reports/from-url', {}, { body: { url: pages.url('/copy'), storyId: randomUUID() } }));
    expect(refused).toMatchObject({ status: 422, body: { error: { field: 'storyId' } } });
    expect(fetches).toBe(before);

    const imported = await routeResponse(editorToken, 'POST', '/api/v1/reports/from-url', {}, { body: { url: pages.url('/copy'), outlet: 'Fetched Desk', storyId: story.id } });
    expect(imported.status).toBe(201);
    const { report } = (await imported.json()) as { report: { id: string } };
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).storyId).toBe(story.id);
  });
});
