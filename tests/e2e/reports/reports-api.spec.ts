import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { account } from '../support/accounts';

test('POST /api/v1/reports imports a report and GET /api/v1/reports/{id} returns its sentences, and the same list as units for older clients', async ({ request }) => {
  const editor = account('editor');
  const body = `Envoys met in Seoul ${randomUUID().slice(0, 8)}. The U.N. order was cited.\n- Reuters`;
  const created = await request.post('/api/v1/reports', {
    headers: editor.headers,
    data: { outlet: 'Wire', title: 'Envoys meet', url: 'https://example.org/a', publishedOn: '2023-04-07', credits: ['Reuters'], body },
  });
  expect(created.status()).toBe(201);
  const { report, sentences, units } = await created.json();
  expect(report).toMatchObject({ outlet: 'Wire', title: 'Envoys meet', publishedOn: '2023-04-07', credits: ['Reuters'], revision: 1 });
  expect(sentences.map((sentence: { kind: string }) => sentence.kind)).toEqual(['body', 'body', 'credit']);
  expect(units).toEqual(sentences);

  const fetched = await (await request.get(`/api/v1/reports/${report.id}`, { headers: editor.headers })).json();
  expect(fetched.sentences).toEqual(sentences);
  expect(fetched.units).toEqual(sentences);
  for (const sentence of fetched.sentences) {
    expect(Object.keys(sentence).sort()).toEqual(['claims', 'end', 'id', 'index', 'kind', 'start', 'text']);
    expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    const expectedClaims = sentence.kind === 'body' ? [{ id: expect.any(String), start: sentence.start, end: sentence.end, text: sentence.text, isDefault: true }] : [];
    expect(sentence.claims).toEqual(expectedClaims);
  }
});

test('the reports API refuses bad input with the field, malformed JSON with 400, and reviewers with 403', async ({ request }) => {
  const editor = account('editor');
  const reviewer = account('reviewer');
  const count = async () => (await (await request.get('/api/v1/reports?limit=200', { headers: editor.headers })).json()).items.length;
  const before = await count();

  const badDate = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'X', publishedOn: '2023-13-01', body: 'Text.' } });
  expect(badDate.status()).toBe(422);
  expect(await badDate.json()).toMatchObject({ error: { code: 'invalid', field: 'publishedOn' } });

  const empty = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'X', body: '   ' } });
  expect((await empty.json()).error.field).toBe('body');

  const malformed = await request.post('/api/v1/reports', { headers: { ...editor.headers, 'Content-Type': 'application/json' }, data: '{"outlet":' });
  expect(malformed.status()).toBe(400);

  const forbidden = await request.post('/api/v1/reports', { headers: reviewer.headers, data: { outlet: 'X', body: 'A reviewer try.' } });
  expect(forbidden.status()).toBe(403);

  const missing = await request.get('/api/v1/reports/00000000-0000-4000-8000-000000000000', { headers: editor.headers });
  expect(missing.status()).toBe(404);
  expect(await count()).toBe(before);
});
