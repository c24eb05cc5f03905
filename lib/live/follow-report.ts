import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { assertAllowed, canManageWorkflow, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZFollowDesk, ZFollowReport } from '@/lib/validations/live';
import { latestSequence, toldTo, type LiveEvent } from './live-event';
import { followReportEvents } from './report-feeds';

const heartbeatMs = 15_000;
// A page that stops reading (a sleeping laptop) is cut off past this backlog instead of growing
// without bound; its EventSource reconnects and resumes from its last event.
const backlogLimit = 256 * 1024;

const open = { total: 0, byUser: new Map<string, number>() };

const encoder = new TextEncoder();
const eventText = (event: LiveEvent) => `id: ${event.sequence}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`;

function claimSlot(who: string) {
  const { FACTCHECK_LIVE_MAX_CONNECTIONS: most, FACTCHECK_LIVE_MAX_PER_USER: mostPerUser } = serverEnv();
  // The page falls back to reloading what it shows every little while (its EventSource gives up on a 503).
  if (open.total >= most) throw new AppError('unavailable', 'This server follows as many pages as it can: this page refreshes every few seconds instead');
  if ((open.byUser.get(who) ?? 0) >= mostPerUser) throw new AppError('unavailable', `You have ${mostPerUser} pages following reports live: close some, or this one refreshes every few seconds instead`);
  open.total += 1;
  open.byUser.set(who, (open.byUser.get(who) ?? 0) + 1);
  return () => {
    open.total -= 1;
    const left = (open.byUser.get(who) ?? 1) - 1;
    if (left > 0) open.byUser.set(who, left);
    else open.byUser.delete(who);
  };
}

/**
 * A Server-Sent Events stream of the report's changes for an open page: each audit event of the
 * report after `after` (none given: from now), as its transaction commits on any server process,
 * named but without its values (lib/live/live-event.ts), then a heartbeat comment every 15 s.
 * Ends when `signal` aborts; a stopping server cuts it (scripts/lib/graceful-close.ts) and the
 * page's EventSource resumes on another.
 */
export async function followReport({ actor, input, signal }: { actor: Actor; input: unknown; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  const { reportId, after } = parseInput(ZFollowReport, input);
  assertAllowed(actor, canReadReports, 'follow reports');
  const report = await db.report.findUnique({ where: { id: reportId }, select: { id: true } });
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  return liveStream(actor, reportId, after, signal);
}

/** As followReport, for every report at once: the desk (the dashboard) of editors and admins. */
export async function followDesk({ actor, input, signal }: { actor: Actor; input: unknown; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  const { after } = parseInput(ZFollowDesk, input);
  assertAllowed(actor, canManageWorkflow, 'follow the desk');
  return liveStream(actor, null, after, signal);
}

async function liveStream(actor: Actor, reportId: string | null, after: bigint | undefined, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const start = after ?? (await latestSequence());
  const viewer = { userId: actor.kind === 'user' ? actor.id : null, managesWorkflow: canManageWorkflow(actor) };
  // Taken last, once nothing before the stream can fail: a place is freed only when its stream ends.
  const release = claimSlot(viewer.userId ?? 'system');

  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start: async (controller) => {
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        unfollow();
        release();
        try {
          controller.close();
        } catch {
          // Already closed by the reader going away.
        }
      };
      stop = end;
      const send = (text: string) => {
        if (ended) return;
        if ((controller.desiredSize ?? 0) < -backlogLimit) return end();
        controller.enqueue(encoder.encode(text));
      };
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs).unref();
      let unfollow = () => {};
      // How long the browser waits before reconnecting after the stream ends.
      send(`retry: 3000\n: following ${reportId ? `report ${reportId}` : 'every report'} after event ${start}\n\n`);
      unfollow = await followReportEvents(reportId, { after: start, deliver: (events) => send(events.map((event) => eventText(toldTo(event, viewer))).join('')) });
      if (ended) unfollow();
      if (signal.aborted) end();
      signal.addEventListener('abort', end, { once: true });
    },
    cancel: () => stop(),
  }, new ByteLengthQueuingStrategy({ highWaterMark: 0 }));
  return stream;
}
