import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { ChainHead } from './audit-chain';

/** A chain head kept outside the database: one JSON object per line of a checkpoint file. */
const ZAuditCheckpoint = z.object({
  sequence: z.union([z.string().regex(/^[1-9][0-9]{0,18}$/), z.number().int().positive()]).transform((value) => BigInt(value)),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  createdAt: z.iso.datetime(),
});

export type AuditCheckpoint = z.infer<typeof ZAuditCheckpoint>;

export function formatCheckpoint(head: ChainHead): string {
  return JSON.stringify({ sequence: head.sequence.toString(), hash: head.hash, createdAt: head.createdAt.toISOString() });
}

/** Reads a checkpoint file; any line that is not a well-formed checkpoint is refused, naming it. */
export function parseCheckpointFile(text: string): AuditCheckpoint[] {
  const checkpoints: AuditCheckpoint[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new AppError('invalid', `${where} is not JSON`, where);
    }
    const parsed = ZAuditCheckpoint.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'checkpoint';
      throw new AppError('invalid', `${where}: ${field} ${issue?.message ?? 'is invalid'}`, `${where}.${field}`);
    }
    checkpoints.push(parsed.data);
  }
  if (checkpoints.length === 0) throw new AppError('invalid', 'the checkpoint file holds no checkpoint', 'checkpoint');
  return checkpoints;
}
