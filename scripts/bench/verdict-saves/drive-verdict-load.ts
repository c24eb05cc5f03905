// Drives `PUT /api/v1/claims/{id}/verdict` with autocannon from this process over loopback. Each
// connection saves one pair's verdict again and again (an edit on top of the version the last
// save returned), so no save is refused as stale unless something else went wrong. autocannon
// clears a request's context after every response, so the pair is bound to the connection in
// setupClient instead, and its version lives on the pair.
import autocannon from 'autocannon';
import { verdictBody, type VerdictPair } from './verdict-pair';

export type LoadResult = {
  connections: number;
  seconds: number;
  /** Saves answered 2xx per second. */
  savesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  saves: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

function versionIn(status: number, body: string): number | undefined {
  try {
    const parsed = JSON.parse(body) as { version?: unknown; current?: { version?: unknown } | null };
    const version = status === 200 ? parsed.version : parsed.current?.version;
    return typeof version === 'number' ? version : undefined;
  } catch {
    return undefined;
  }
}

function requestsFor(pair: VerdictPair): autocannon.Request[] {
  let saves = 0;
  return [
    {
      method: 'PUT',
      setupRequest: (request) => {
        saves += 1;
        return {
          ...request,
          path: `/api/v1/claims/${pair.claimId}/verdict`,
          headers: { authorization: `Bearer ${pair.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(verdictBody(pair, `Bench edit ${saves}`, pair.version)),
        };
      },
      // A 409 carries the current verdict: take its version, so one stray conflict does not repeat.
      onResponse: (status, body) => {
        const version = versionIn(status, body);
        if (version !== undefined) pair.version = version;
      },
    },
  ];
}

/** `connections` clients saving for `seconds`, each on its own pair (pairs[0..connections-1]). */
export async function driveVerdictLoad(baseUrl: string, pairs: VerdictPair[], connections: number, seconds: number): Promise<LoadResult> {
  if (pairs.length < connections) throw new Error(`${connections} connections need as many pairs; there are ${pairs.length}`);
  let nextPair = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    setupClient: (client) => {
      const pair = pairs[nextPair];
      nextPair += 1;
      if (pair) client.setRequests(requestsFor(pair));
    },
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, stats.count ?? 0]));
  return {
    connections,
    seconds: result.duration,
    savesPerSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    saves: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}
