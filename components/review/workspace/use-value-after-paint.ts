import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as it was one painted frame ago: it follows `value` in a render that starts only once
 * the frame showing the change is on screen (a task queued from requestAnimationFrame runs after
 * that frame), and that React drops if `value` changes again meanwhile. For work that may wait a
 * frame so that what answers a key press is painted first.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}
