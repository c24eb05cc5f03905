import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `value` as it was one painted frame ago: it follows `value` in a render that starts only once
 * the frame showing the change is on screen (a task queued from requestAnimationFrame runs after
 * that frame), and that React drops if `value` changes again meanwhile. For work that may wait a
 * frame so that what answers a key press is painted first. `catchUp()` brings it up to date at
 * once, for a key that needs what it renders (the next keys must find it there, in order).
 */
export function useValueAfterPaint<T>(value: T): [painted: T, catchUp: () => void] {
  const [painted, setPainted] = useState(value);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
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
  const catchUp = useCallback(() => flushSync(() => setPainted(latest.current)), []);
  return [painted, catchUp];
}
