// A follower of a live route for the benchmark: reads the Server-Sent Events stream and notes
// when each event (by id) arrived.

export type StreamClient = { arrivals: Map<string, number>; close: () => void; opened: Promise<void> };

export function openEventStream(url: string, token: string): StreamClient {
  const abort = new AbortController();
  const arrivals = new Map<string, number>();
  let markOpened = () => {};
  const opened = new Promise<void>((resolve) => (markOpened = resolve));
  void (async () => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: abort.signal });
    if (response.status !== 200 || !response.body) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    const decoder = new TextDecoder();
    let pending = '';
    const reader = response.body.getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      markOpened();
      pending += decoder.decode(chunk, { stream: true });
      const blocks = pending.split('\n\n');
      pending = blocks.pop() ?? '';
      const now = performance.now();
      for (const block of blocks) {
        const id = block.match(/^id: (\d+)$/m)?.[1];
        if (id && !arrivals.has(id)) arrivals.set(id, now);
      }
    }
  })().catch((error: unknown) => {
    if (!abort.signal.aborted) console.error(error);
  });
  return { arrivals, close: () => abort.abort(), opened };
}
