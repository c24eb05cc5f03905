/** Reads a Server-Sent Events stream as it arrives, for tests: its events, and waiting for some. */
export type LiveReader = {
  /** Everything received so far, as sent. */
  text: () => string;
  /** The events received so far: id, event name and parsed data. */
  events: () => { id: string; event: string; data: Record<string, unknown> }[];
  /** Waits until `condition` holds of the events received, or throws naming `what` after timeoutMs. */
  waitFor: (what: string, condition: (events: ReturnType<LiveReader['events']>) => boolean, timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
};

export function readLiveStream(stream: ReadableStream<Uint8Array>): LiveReader {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let received = '';
  let closed = false;
  const waiters = new Set<() => void>();
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) break;
      received += decoder.decode(value, { stream: true });
      for (const wake of waiters) wake();
    }
    closed = true;
    for (const wake of waiters) wake();
  })();
  const events = () =>
    received
      .split('\n\n')
      .filter((block) => /^data: /m.test(block))
      .map((block) => {
        const field = (name: string) => block.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? '';
        return { id: field('id'), event: field('event'), data: JSON.parse(field('data')) as Record<string, unknown> };
      });
  return {
    text: () => received,
    events,
    waitFor: (what, condition, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (condition(events())) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          } else if (closed) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`The stream ended before ${what}; it sent:\n${received}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Waited ${timeoutMs} ms for ${what}; the stream sent:\n${received}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: async () => {
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}
