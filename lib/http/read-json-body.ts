import 'server-only';
import { AppError } from '@/lib/errors';
import { maxRequestBytes } from './request-limits';

function sizeName(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
}

/**
 * The body as text, read until it passes `maxBytes`: a body without a Content-Length (chunked),
 * or with a false one, is refused as it arrives, not once it is all in memory.
 */
async function readText(request: Request, maxBytes: number, tooLarge: AppError): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  // As Request.text() decodes: UTF-8, a leading byte order mark dropped, bad bytes replaced.
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The JSON object in a request's body (an empty body is `{}`, so the fields it lacks are named by
 * validation), refused before parsing when larger than `maxBytes`.
 */
export async function readJsonBody(request: Request, maxBytes = maxRequestBytes): Promise<Record<string, unknown>> {
  const tooLarge = new AppError('too_large', `Request body must be at most ${sizeName(maxBytes)}`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge;
  const text = await readText(request, maxBytes, tooLarge);
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'Request body must be valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AppError('bad_request', 'Request body must be a JSON object');
  return parsed as Record<string, unknown>;
}
