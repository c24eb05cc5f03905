import { z } from 'zod';
import { auditActions, auditEntityTypes, type AuditAction, type AuditEntityType } from '@/lib/audit/audit-event';
import { isStorableDate } from './storable-date';

// A filter left empty in the browser's form arrives as "": it means no filter.
const optional = <Schema extends z.ZodType>(schema: Schema) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

// A day means all of it: "from" its first millisecond, "to" up to the next day's first. An exact
// time means that instant.
const ZBound = (edge: 'start' | 'end') =>
  z
    .string()
    .refine((value) => dayPattern.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, 'Use a date (2026-04-07) or an ISO time')
    .transform((value) => {
      if (!dayPattern.test(value)) return new Date(value);
      const day = new Date(`${value}T00:00:00.000Z`);
      return edge === 'start' ? day : new Date(day.getTime() + 24 * 60 * 60 * 1000);
    })
    .refine(isStorableDate, 'Not a real date: use one from the year 1 on');

const ZCursor = z
  .string()
  .max(200)
  .transform((value, context) => {
    const decoded = decodeAuditCursor(value);
    if (!decoded) {
      context.addIssue({ code: 'custom', message: 'Not a cursor from this history: start again from the first page' });
      return z.NEVER;
    }
    return decoded;
  });

export const ZAuditQuery = z
  .object({
    actor: optional(z.uuid('Actor must be a user id')),
    reportId: optional(z.uuid('Report must be a report id')),
    sentenceId: optional(z.uuid('Sentence must be a sentence id')),
    action: optional(z.enum(auditActions as [AuditAction, ...AuditAction[]], 'Unknown action')),
    entityType: optional(z.enum(auditEntityTypes as [AuditEntityType, ...AuditEntityType[]], 'Unknown entity type')),
    entityId: optional(z.string().trim().min(1).max(254, 'Entity id must be at most 254 characters')),
    from: optional(ZBound('start')),
    to: optional(ZBound('end')),
    cursor: optional(ZCursor),
    limit: optional(z.coerce.number('Limit must be a number').int('Limit must be a whole number').min(1, 'Limit must be at least 1').max(200, 'Limit must be at most 200')),
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, { message: '"To" must be after "from"', path: ['to'] });

export type AuditQuery = z.infer<typeof ZAuditQuery>;

/** The filters as they arrive from a URL, before parsing: what the Audit page keeps in its links. */
export const auditFilterNames = ['actor', 'reportId', 'sentenceId', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterValues = Partial<Record<(typeof auditFilterNames)[number], string>>;
export type AuditFilters = Omit<AuditQuery, 'cursor' | 'limit'>;

/** A position in the history and which way the page from it goes: `older` (the default) or `newer` events. */
export type AuditCursor = { createdAt: Date; sequence: bigint; direction?: 'older' | 'newer' };

/**
 * The position past the last event of a page (or before the first, for `newer`): opaque to
 * clients, base64url of time and sequence, `newer|` first for a page of newer events.
 */
export function encodeAuditCursor({ createdAt, sequence, direction = 'older' }: AuditCursor): string {
  return Buffer.from(`${direction === 'newer' ? 'newer|' : ''}${createdAt.toISOString()}|${sequence}`).toString('base64url');
}

// The sequence is a PostgreSQL bigint; a larger one would fail in the query, not here.
const largestSequence = 2n ** 63n - 1n;

export function decodeAuditCursor(value: string): AuditCursor | null {
  const match = /^(newer\|)?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([1-9]\d{0,18})$/.exec(Buffer.from(value, 'base64url').toString());
  if (!match?.[2] || !match[3]) return null;
  const createdAt = new Date(match[2]);
  const sequence = BigInt(match[3]);
  return isStorableDate(createdAt) && sequence <= largestSequence ? { createdAt, sequence, direction: match[1] ? 'newer' : 'older' } : null;
}
