// A reviewer's client saving one claim's verdict over HTTP again and again, as a browser tab that
// keeps editing would: it sends the version it last saw, and on a conflict takes the current one.

export type Acknowledged = { claimId: string; note: string; version: number };

export type WriterResult = { acknowledged: Acknowledged[]; conflicts: number; unavailable: number; failures: string[] };

export async function putVerdict(serverUrl: string, token: string, claimId: string, body: Record<string, unknown>): Promise<Response> {
  return fetch(`${serverUrl}/api/v1/claims/${claimId}/verdict`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ label: 'single_source', ...body }),
    signal: AbortSignal.timeout(10_000),
  });
}

/**
 * Writes until `keepGoing()` is false or the connection fails (a crashed server), sending each
 * request to the next of `serverUrls` in turn. Anything but 200, 409 and 503 is a failure.
 */
export async function runVerdictWriter({
  serverUrls,
  token,
  claimId,
  name,
  keepGoing,
  version: startVersion,
}: {
  serverUrls: string[];
  token: string;
  claimId: string;
  name: string;
  keepGoing: () => boolean;
  version?: number;
}): Promise<WriterResult> {
  const result: WriterResult = { acknowledged: [], conflicts: 0, unavailable: 0, failures: [] };
  let version = startVersion;
  for (let write = 0; keepGoing(); write += 1) {
    const note = `${name} write ${write}`;
    let response: Response;
    let body: { version?: number; current?: { version: number } | null };
    try {
      response = await putVerdict(serverUrls[write % serverUrls.length] ?? '', token, claimId, { note, version });
      body = (await response.json()) as typeof body;
    } catch {
      // No complete answer: the server is gone, and this save was never acknowledged.
      return result;
    }
    if (response.status === 200 && body.version !== undefined) {
      result.acknowledged.push({ claimId, note, version: body.version });
      version = body.version;
    } else if (response.status === 409) {
      result.conflicts += 1;
      version = body.current?.version;
    } else if (response.status === 503) {
      result.unavailable += 1;
    } else {
      result.failures.push(`${name} write ${write}: ${response.status} ${JSON.stringify(body)}`);
    }
  }
  return result;
}
