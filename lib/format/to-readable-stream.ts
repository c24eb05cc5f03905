/**
 * A pull-based byte stream over an async iterable: the next chunk is produced only when the
 * consumer (the HTTP response) asks for it, so a slow client slows the database reads instead of
 * filling memory. Cancelling the stream (client gone) stops the iterable.
 */
export function toReadableStream(chunks: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
