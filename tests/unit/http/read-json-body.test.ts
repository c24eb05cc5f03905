import { expect, test } from 'vitest';
import { readJsonBody } from '@/lib/http/read-json-body';

/** A body that never ends, sent without a Content-Length, as a chunked upload would be. */
function endlessBody(): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"note":"${'x'.repeat(1024)}`);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/v1/claims/x/verdict', { method: 'PUT', body, headers, duplex: 'half' } as RequestInit);
}

test('refuses an endless body once it passes the limit, without reading it all', async () => {
  await expect(readJsonBody(post(endlessBody()), 16 * 1024)).rejects.toMatchObject({ code: 'too_large' });
});

test('refuses a body larger than its Content-Length claims', async () => {
  await expect(readJsonBody(post(JSON.stringify({ note: 'x'.repeat(20_000) }), { 'content-length': '10' }), 16 * 1024)).rejects.toMatchObject({ code: 'too_large' });
});

test('reads a body within the limit as Request.text() would, a byte order mark dropped', async () => {
  expect(await readJsonBody(post('\uFEFF{"note":"café"}'), 16 * 1024)).toEqual({ note: 'café' });
  expect(await readJsonBody(post(''), 16 * 1024)).toEqual({});
  await expect(readJsonBody(post('[]'), 16 * 1024)).rejects.toMatchObject({ code: 'bad_request' });
});
