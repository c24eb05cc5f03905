const contextLength = 32;

/**
 * A W3C TextQuoteSelector for body.slice(start, end): the exact text with up to 32 characters
 * of context on each side, enough to tell repeated sentences apart when re-anchoring.
 */
export function quoteAnchor(body: string, start: number, end: number) {
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - contextLength), start),
    suffix: body.slice(end, end + contextLength),
  };
}

