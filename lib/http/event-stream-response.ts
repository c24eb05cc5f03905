import 'server-only';
import type { NextRequest } from 'next/server';

/** The input of a live route: the query, with the Last-Event-ID a reconnecting EventSource sends as `after`. */
export function liveInput(input: Record<string, unknown>, request: NextRequest): Record<string, unknown> {
  const lastEventId = request.headers.get('last-event-id');
  return lastEventId ? { ...input, after: lastEventId } : input;
}

/** A Server-Sent Events answer for `stream`. */
export function eventStreamResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: a compressing proxy would hold events back to fill its buffers.
      'Cache-Control': 'private, no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
