import type { z } from 'zod';
import { AppError } from '@/lib/errors';

/** Parses input with its schema, or throws `invalid` naming the first field at fault. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw new AppError('invalid', issue?.message ?? 'Invalid input', field);
}
