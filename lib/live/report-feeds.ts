import 'server-only';
import { auditAnnouncements, type Announcement } from './audit-announcements';
import { readLiveEvents, type ReadEvent } from './live-event';

/** One open page following a report: it hears each event after `after` once, in order. */
export type Follower = { after: bigint; deliver: (events: ReadEvent[]) => void };

const pageSize = 200;

/**
 * The followers of one report in this process (or, for the desk, of every report). An announcement wakes the feed, which reads the
 * report's new events once for all of them (one query however many pages are open) and hands each
 * follower those after its own position. A feed reads one batch at a time; announcements during a
 * read make it read again after.
 */
class ReportFeed {
  readonly followers = new Set<Follower>();
  private reading: Promise<void> | null = null;
  private readAgain = false;

  constructor(readonly reportId: string | null) {}

  wake(): void {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readNewEvents()
      .catch(() => {
        // The database is unreachable: the next announcement or resumption reads again.
      })
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        }
      });
  }

  private async readNewEvents(): Promise<void> {
    for (;;) {
      const positions = [...this.followers].map((follower) => follower.after);
      if (positions.length === 0) return;
      const from = positions.reduce((lowest, after) => (after < lowest ? after : lowest));
      const events = await readLiveEvents(this.reportId, from, pageSize);
      if (events.length === 0) return;
      for (const follower of this.followers) {
        const unseen = events.filter((event) => BigInt(event.sequence) > follower.after);
        const last = unseen.at(-1);
        if (!last) continue;
        follower.after = BigInt(last.sequence);
        follower.deliver(unseen);
      }
      if (events.length < pageSize) return;
    }
  }
}

// By report id; the desk's feed, of every report, under '*'.
const feeds = new Map<string, ReportFeed>();
const everyReport = '*';

function announced({ reportId }: Announcement) {
  feeds.get(reportId)?.wake();
  feeds.get(everyReport)?.wake();
}

let subscribed = false;

/**
 * Starts `follower` on the events after its `after` of the report (null: of every report): those
 * already committed at once, then each new one as its transaction commits, in any process.
 * Returns how to stop.
 */
export async function followReportEvents(reportId: string | null, follower: Follower): Promise<() => void> {
  if (!subscribed) {
    subscribed = true;
    // After the channel was down, every feed reads what its followers may have missed.
    auditAnnouncements.subscribe({ announced, resumed: () => feeds.forEach((feed) => feed.wake()) });
  }
  await auditAnnouncements.listening();
  const key = reportId ?? everyReport;
  const feed = feeds.get(key) ?? new ReportFeed(reportId);
  feeds.set(key, feed);
  feed.followers.add(follower);
  feed.wake();
  return () => {
    feed.followers.delete(follower);
    if (feed.followers.size === 0 && feeds.get(key) === feed) feeds.delete(key);
  };
}
