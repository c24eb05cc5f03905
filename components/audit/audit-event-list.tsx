import Link from 'next/link';
import { auditActionLabel } from '@/lib/audit/audit-action-labels';
import type { AuditEventItem } from '@/lib/audit-history/list-audit-events';
import { AuditChangeList } from './audit-change-list';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

function EventSentence({ event }: { event: AuditEventItem }) {
  if (!event.sentence || !event.sentenceId) return null;
  const { place, openingWords, href } = event.sentence;
  return (
    <p className="audit-event-sentence">
      {href ? <Link href={href}>{place}</Link> : place}: “{openingWords}”{' '}
      <Link href={`/audit?sentenceId=${event.sentenceId}`} className="meta">
        its history
      </Link>
    </p>
  );
}

/** The history, newest first: each event in plain words, the sentence it is about, why, and what changed. */
export function AuditEventList({ events }: { events: AuditEventItem[] }) {
  if (events.length === 0) return <p className="meta">No event matches these filters.</p>;
  return (
    <ol className="audit-events" aria-label="Audit events">
      {events.map((event) => (
        <li key={event.sequence} className="audit-event" aria-label={`Event ${event.sequence}`}>
          <p className="audit-event-summary">{event.summary}</p>
          <p className="meta">
            {auditActionLabel(event.action)} · <time dateTime={event.createdAt}>{timeFormat.format(new Date(event.createdAt))} UTC</time> · #{event.sequence}
            {event.report && (
              <>
                {' '}
                · {event.report.isDeleted ? event.report.name : <Link href={`/reports/${event.report.id}`}>{event.report.name}</Link>}
              </>
            )}
          </p>
          <EventSentence event={event} />
          {event.reason && <p className="audit-reason">Reason: {event.reason}</p>}
          <AuditChangeList changes={event.details} />
          <details className="audit-recorded">
            <summary>Recorded values</summary>
            <p className="meta">
              {event.action} on {event.entityType} {event.entityId}
            </p>
            <pre>{JSON.stringify({ before: event.before, after: event.after }, null, 2)}</pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
