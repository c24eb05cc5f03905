import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const requestIds = new AsyncLocalStorage<string>();

// A caller's own id (a proxy's X-Request-Id) is kept when it is short and plain; else one is made.
const acceptedRequestId = /^[A-Za-z0-9._:-]{1,100}$/;

export function chooseRequestId(offered: string | null | undefined): string {
  return offered && acceptedRequestId.test(offered) ? offered : randomUUID();
}

/** Runs `work` with `requestId` as the id every audit event it writes carries. */
export function withRequestId<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return requestIds.run(requestId, work);
}

export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}
