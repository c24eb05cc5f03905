import 'server-only';
import pg from 'pg';
import { serverEnv } from '@/lib/env';

/** An audit event of a report has committed: its sequence number and report, nothing of its values. */
export type Announcement = { sequence: bigint; reportId: string };

type Subscriber = {
  announced: (announcement: Announcement) => void;
  /** The channel was down and is listening again: announcements in between may be missing. */
  resumed: () => void;
};

const channel = 'factcheck_audit';
const firstRetryMs = 500;
const longestRetryMs = 10_000;

/**
 * The announcements of this process's one LISTEN connection (the audit_events_announce trigger's
 * NOTIFY), opened when the first subscriber comes and reopened, with a doubling pause, whenever it
 * drops; after each reopening every subscriber hears `resumed` and reads what it may have missed.
 */
class AuditAnnouncements {
  private readonly subscribers = new Set<Subscriber>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = firstRetryMs;
  private listenedBefore = false;

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    void this.listen();
    return () => this.subscribers.delete(subscriber);
  }

  /** Resolves once the connection listens (tests and the first read wait for it). */
  listening(): Promise<void> {
    return this.listen();
  }

  private listen(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const settings = serverEnv();
    const client = new pg.Client({
      connectionString: settings.DATABASE_LISTEN_URL ?? settings.DATABASE_URL,
      connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
      application_name: `factcheck-review pid ${process.pid} live`,
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => {});
      this.retryLater();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      const announcement = parseAnnouncement(message.payload);
      if (announcement) for (const subscriber of this.subscribers) subscriber.announced(announcement);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch {
      client.end().catch(() => {});
      this.retryLater();
      return;
    }
    this.client = client;
    this.retryMs = firstRetryMs;
    if (this.listenedBefore) for (const subscriber of this.subscribers) subscriber.resumed();
    this.listenedBefore = true;
  }

  private retryLater() {
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, longestRetryMs);
    setTimeout(() => {
      if (this.subscribers.size > 0) void this.listen();
    }, wait).unref();
  }
}

function parseAnnouncement(payload: string): Announcement | null {
  try {
    const parsed = JSON.parse(payload) as { sequence?: unknown; reportId?: unknown };
    if (typeof parsed.sequence !== 'string' || typeof parsed.reportId !== 'string') return null;
    return { sequence: BigInt(parsed.sequence), reportId: parsed.reportId };
  } catch {
    return null;
  }
}

// One per process (cached on globalThis so hot reload in development keeps one connection).
const globalForLive = globalThis as unknown as { auditAnnouncements?: AuditAnnouncements };
export const auditAnnouncements = (globalForLive.auditAnnouncements ??= new AuditAnnouncements());
