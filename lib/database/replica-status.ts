import type pg from 'pg';

/** What a check found: whether the replica may serve reads (if not, why), and the last audit event it has replayed. */
export type ReplicaState = { checkedAt: number; isUsable: boolean; replayedSequence: bigint; problem?: string };

type ReplicaRow = { isStandby: boolean; caughtUp: boolean | null; replayAgeMs: number | null; replayedSequence: string };

const unusable = (problem: string): ReplicaState => ({ checkedAt: Date.now(), isUsable: false, replayedSequence: -1n, problem });

// Reads wait for a check, so one the replica (or the network to it) leaves unanswered fails after this.
const checkDeadlineMs = 1_000;

async function withinDeadline<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`The replica did not answer within ${checkDeadlineMs} ms`)), checkDeadlineMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How far a streaming replica is behind its primary, checked at most once per `freshForMs` (and
 * when a reader needs more than the last check saw), one check at a time: two short queries, the
 * primary's WAL position and then the replica's.
 */
export class ReplicaStatus {
  private state: ReplicaState = { checkedAt: 0, isUsable: false, replayedSequence: -1n, problem: 'not checked yet' };
  private checking: Promise<ReplicaState> | undefined;

  constructor(
    private readonly primary: pg.Pool,
    private readonly replica: pg.Pool,
    private readonly limits: { maxLagMs: number; freshForMs: number },
  ) {}

  /** Whether the replica may serve a read that must see audit event `sequence` and what came before it. */
  async holds(sequence: bigint): Promise<boolean> {
    let state = await this.current();
    // Replay is usually a few milliseconds behind: one fresh look before giving the read to the primary.
    if (state.isUsable && state.replayedSequence < sequence) state = await this.check();
    return state.isUsable && state.replayedSequence >= sequence;
  }

  /** What is known of the replica now, looked at again when the last look is older than `freshForMs`. */
  async current(): Promise<ReplicaState> {
    return Date.now() - this.state.checkedAt > this.limits.freshForMs ? this.check() : this.state;
  }

  /** A query on the replica failed: reads go to the primary until the next check. */
  markUnusable(): void {
    this.state = unusable('a read on it failed');
  }

  private check(): Promise<ReplicaState> {
    this.checking ??= withinDeadline(this.measure())
      .catch((error: unknown) => unusable(`unreachable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`))
      .then((state) => {
        this.state = state;
        this.checking = undefined;
        return state;
      });
    return this.checking;
  }

  // On an idle primary the last replayed commit grows old although nothing is missing, so its age
  // counts as lag only while the replica has not replayed up to the primary's WAL position.
  private async measure(): Promise<ReplicaState> {
    const checkedAt = Date.now();
    const { rows: primaryRows } = await this.primary.query<{ position: string }>('SELECT pg_current_wal_lsn()::text AS position');
    const { rows } = await this.replica.query<ReplicaRow>(
      `SELECT pg_is_in_recovery() AS "isStandby",
        pg_last_wal_replay_lsn() >= $1::pg_lsn AS "caughtUp",
        (extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS "replayAgeMs",
        (SELECT coalesce(max(sequence), 0) FROM audit_events)::text AS "replayedSequence"`,
      [primaryRows[0]?.position],
    );
    const row = rows[0];
    if (!row?.isStandby) return unusable('not a standby: it is not in recovery');
    const isCurrent = row.caughtUp === true || (row.replayAgeMs !== null && row.replayAgeMs <= this.limits.maxLagMs);
    const lag = `behind the primary by more than DATABASE_REPLICA_MAX_LAG_MS (${this.limits.maxLagMs} ms)`;
    return { checkedAt, isUsable: isCurrent, replayedSequence: BigInt(row.replayedSequence), ...(isCurrent ? {} : { problem: lag }) };
  }
}
