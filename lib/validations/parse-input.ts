import type { z } from 'zod';
import { AppError } from '@/lib/errors';

type Path = (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Where the first text holding a NUL character is, or null. */
function findNulCharacter(value: unknown, path: Path = []): Path | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : isPlainObject(value) ? Object.entries(value) : [];
  for (const [key, item] of entries) {
    const found = findNulCharacter(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Parses input with its schema, or throws `invalid` naming the first field at fault. Text with a
 * NUL character is refused too, whatever the schema: PostgreSQL cannot store it in text or JSON,
 * and the failure would come from the database, after the request was judged valid.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || undefined;
    throw new AppError('invalid', issue?.message ?? 'Invalid input', field);
  }
  const nulPath = findNulCharacter(parsed.data);
  if (nulPath) {
    const field = nulPath.join('.') || undefined;
    throw new AppError('invalid', `${field ?? 'The input'} contains a NUL character (U+0000), which cannot be stored: remove it`, field);
  }
  return parsed.data;
}
