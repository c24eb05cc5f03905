import 'server-only';
import { AppError } from '@/lib/errors';

export const maxRequestBytes = 6 * 1024 * 1024;

function sizeName(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
}

/**
 * The JSON object in a request's body (an empty body is `{}`, so the fields it lacks are named by
 * validation), refused before parsing when larger than `maxBytes`.
 */
export async function readJsonBody(request: Request, maxBytes = maxRequestBytes): Promise<Record<string, unknown>> {
  const tooLarge = new AppError('too_large', `Request body must be at most ${sizeName(maxBytes)}`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge;
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge;
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
