import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { createTestUser } from '../../support/factories';

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Sentence = { id: string; index: number; start: number; end: number; kind: string; text: string; claims: { id: string; isDefault: boolean }[] };
type ReportPayload = { report: { id: string }; sentences: Sentence[]; units: Sentence[]; nextCursor: number | null; error?: { field?: string } };

async function call(handler: Handler, token: string, method: string, url: string, params: Record<string, string>, body?: unknown) {
  const headers = new Headers({ origin: 'http://localhost:3000', authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const response = await handler(new NextRequest(new URL(url, 'http://localhost:3000'), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, payload: (await response.json()) as ReportPayload };
}

test('POST and GET /api/v1/reports answer the sentences as `sentences` and, the same list, as the deprecated `units`', async () => {
  const { POST } = await import('@/app/api/v1/reports/route');
  const { GET } = await import('@/app/api/v1/reports/[reportId]/route');
  const editor = await createTestUser({ role: 'editor' });
  const { token } = await issueApiToken({ actor: cliActor, input: { email: editor.email } });
  const body = `Envoys met in Seoul on Friday (${randomUUID()}). They spoke of cyber theft.\n\nReporting by Jane Doe; Editing by John Roe`;

  const created = await call(POST, token, 'POST', '/api/v1/reports', {}, { outlet: 'Payload Wire', body });
  expect(created.status).toBe(201);
  expect(created.payload.sentences.map((sentence) => sentence.kind)).toEqual(['body', 'body', 'credit']);
  expect(created.payload.sentences.every((sentence) => body.slice(sentence.start, sentence.end) === sentence.text)).toBe(true);
  expect(created.payload.units).toEqual(created.payload.sentences);

  const reportId = created.payload.report.id;
  const fetched = await call(GET, token, 'GET', `/api/v1/reports/${reportId}`, { reportId });
  expect(fetched.status).toBe(200);
  expect(fetched.payload.sentences).toEqual(created.payload.sentences);
  expect(fetched.payload.units).toEqual(fetched.payload.sentences);
});

test('GET /api/v1/reports/{id} pages through a long report with ?cursor=&limit=, and names a bad paging field', async () => {
  const { POST } = await import('@/app/api/v1/reports/route');
  const { GET } = await import('@/app/api/v1/reports/[reportId]/route');
  const editor = await createTestUser({ role: 'editor' });
  const { token } = await issueApiToken({ actor: cliActor, input: { email: editor.email } });
  const marker = randomUUID();
  const body = Array.from({ length: 25 }, (_, number) => `Statement ${number + 1} was read out (${marker}).`).join(' ');
  const created = await call(POST, token, 'POST', '/api/v1/reports', {}, { outlet: 'Paging Wire', body });
  const reportId = created.payload.report.id;
  expect(created.payload.nextCursor).toBeNull();

  const pages: Sentence[][] = [];
  let cursor: number | null = null;
  do {
    const query: string = cursor === null ? '?limit=10' : `?limit=10&cursor=${cursor}`;
    const page = await call(GET, token, 'GET', `/api/v1/reports/${reportId}${query}`, { reportId });
    expect(page.status).toBe(200);
    pages.push(page.payload.sentences);
    cursor = page.payload.nextCursor;
  } while (cursor !== null);
  expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
  expect(pages.flat()).toEqual(created.payload.sentences);

  for (const [query, field] of [['?limit=0', 'limit'], ['?limit=5000', 'limit'], ['?cursor=-1', 'cursor'], ['?cursor=first', 'cursor']] as const) {
    const refused = await call(GET, token, 'GET', `/api/v1/reports/${reportId}${query}`, { reportId });
    expect(refused.status).toBe(422);
    expect(refused.payload.error?.field).toBe(field);
  }
});
