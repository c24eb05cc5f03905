import { z } from 'zod';

/**
 * A link to a page outside the server: http or https only, never javascript:, data: or file:. The
 * one rule for every way an address comes in (import, re-import, verdicts, restore), since each
 * becomes a link in the pages and the exports.
 */
export function ZWebAddress(field: string) {
  return z
    .url({ protocol: /^https?$/, message: `${field} must be a web address starting with http:// or https://` })
    .max(2_000, `${field} must be at most 2,000 characters`);
}
