import type { apiRoute as realApiRoute } from '@/lib/http/api-route';

// What `apiRoute` was told about each handler it made, which the handler itself does not show:
// whether it reads a JSON body and up to how many bytes. The fuzz test mocks `apiRoute` with
// `tagApiRoute` so that routes discovered on disk can be fuzzed without a list of their limits.

const bodyLimits = new WeakMap<object, number | null>();

export function tagApiRoute(original: typeof realApiRoute): typeof realApiRoute {
  return (handler, options = {}) => {
    const route = original(handler, options);
    bodyLimits.set(route, options.maxBodyBytes ?? null);
    return route;
  };
}

/** The JSON body limit of an `apiRoute` handler, null when it reads the query string instead, undefined when `apiRoute` did not make it. */
export function bodyLimitOf(handler: object): number | null | undefined {
  return bodyLimits.get(handler);
}
