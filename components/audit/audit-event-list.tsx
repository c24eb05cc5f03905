import Link from 'next/link';
import { auditActionLabel } from '@/lib/audit/audit-action-labels';
import type { AuditEventItem } from '@/lib/audit-history/list-audit-events';
import { AuditChangeList } from './audit-change-list';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

function who(event: AuditEventItem): string {
  if (event.actor) return event.actor.name;
  return event.system === 'sign-in' ? 'Someone signing in' : `System (${event.system ?? 'unknown'})`;
}

/** The history, newest first: who did what to which record, when, why, and the change itself. */
export function AuditEventList({ events }: { events: AuditEventItem[] }) {
  if (events.length === 0) return <p className="meta">No event matches these filters.</p>;
  return (
    <ol className="audit-events" aria-label="Audit events">
      {events.map((event) => (
        <li key={event.sequence} className="audit-event" aria-label={`Event ${event.sequence}`}>
          <p className="audit-event-head">
            <strong>{auditActionLabel(event.action)}</strong> by {who(event)}
            <span className="meta">
              {' '}
              · <time dateTime={event.createdAt}>{timeFormat.format(new Date(event.createdAt))} UTC</time> · #{event.sequence}
            </span>
          </p>
          <p className="meta">
            {event.entityType} {event.entityId}
            {event.report && (
              <>
                {' '}
                · {event.report.isDeleted ? event.report.name : <Link href={`/reports/${event.report.id}`}>{event.report.name}</Link>}
              </>
            )}
            {event.sentenceId && (
              <>
                {' '}
                · <Link href={`/audit?sentenceId=${event.sentenceId}`}>sentence timeline</Link>
              </>
            )}
          </p>
          {event.reason && <p className="audit-reason">Reason: {event.reason}</p>}
          <AuditChangeList changes={event.changes} />
        </li>
      ))}
    </ol>
  );
}
