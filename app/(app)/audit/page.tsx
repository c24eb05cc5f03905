import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuditEventList } from '@/components/audit/audit-event-list';
import { AuditFilters } from '@/components/audit/audit-filters';
import { getAuditFilterOptions } from '@/lib/audit-history/get-audit-filter-options';
import { listAuditEvents } from '@/lib/audit-history/list-audit-events';
import { getActor } from '@/lib/auth/get-actor';
import { canBrowseAudit } from '@/lib/permissions';
import { isAppError } from '@/lib/errors';
import { auditFilterNames, type AuditFilterValues } from '@/lib/validations/audit-query';

export const metadata: Metadata = { title: 'Audit history' };

type SearchParams = Record<string, string | string[] | undefined>;

function filterValues(params: SearchParams): AuditFilterValues {
  const values: AuditFilterValues = {};
  for (const name of auditFilterNames) {
    const value = params[name];
    if (typeof value === 'string' && value !== '') values[name] = value;
  }
  return values;
}

function withParams(path: string, values: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return query.size > 0 ? `${path}?${query}` : path;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await getActor();
  if (!actor || !canBrowseAudit(actor)) notFound();
  const params = await searchParams;
  const values = filterValues(params);
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  const limit = typeof params.limit === 'string' ? params.limit : undefined;
  const [page, options] = await Promise.all([
    listAuditEvents({ actor, input: { ...values, cursor, limit } }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'invalid') return error;
      throw error;
    }),
    getAuditFilterOptions({ actor, sentenceId: values.sentenceId }),
  ]);
  const { sentence } = options;
  return (
    <>
      <h1>{sentence ? `History of ${sentence.name}` : 'Audit history'}</h1>
      {sentence ? (
        <p className="audit-subject">
          <Link href={`/reports/${sentence.report.id}`}>{sentence.report.name}</Link>: “{sentence.text}”
        </p>
      ) : (
        <p className="hint">Every change by everyone, newest first. Each event is chained to the one before it, so an edited history does not verify.</p>
      )}
      <AuditFilters values={values} users={options.users} reports={options.reports} />
      <p className="button-row">
        <a href={withParams('/api/v1/audit/export', { format: 'csv', ...values })}>Download CSV</a>
        <a href={withParams('/api/v1/audit/export', { format: 'json', ...values })}>Download JSON</a>
      </p>
      {page instanceof Error ? (
        <p className="form-error" role="alert">
          {page.field ? `${page.field}: ` : ''}
          {page.message}
        </p>
      ) : (
        <>
          <AuditEventList events={page.items} />
          <nav className="button-row pager" aria-label="Pages">
            {cursor && <Link href={withParams('/audit', { ...values, limit })}>Newest</Link>}
            {page.previousCursor && <Link href={withParams('/audit', { ...values, limit, cursor: page.previousCursor })}>Newer events</Link>}
            {page.nextCursor && <Link href={withParams('/audit', { ...values, limit, cursor: page.nextCursor })}>Older events</Link>}
          </nav>
        </>
      )}
    </>
  );
}
