import 'server-only';
import { AppError } from '@/lib/errors';

export const maxRequestBytes = 6 * 1024 * 1024;

/** The JSON object in a request's body, refused before parsing when larger than `maxBytes`. */
export async function readJsonBody(request: Request, maxBytes = maxRequestBytes): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new AppError('too_large', `Request body must be at most ${maxBytes / 1024 / 1024} MB`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError('too_large', `Request body must be at most ${maxBytes / 1024 / 1024} MB`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'Request body must be valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AppError('bad_request', 'Request body must be a JSON object');
  return parsed as Record<string, unknown>;
}
