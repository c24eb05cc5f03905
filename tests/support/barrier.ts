/** A meeting point: the function it returns resolves once `count` callers have arrived. */
export function barrier(count: number) {
  let arrived = 0;
  let release: () => void = () => {};
  const allThere = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) release();
    return allThere;
  };
}
