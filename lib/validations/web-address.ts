import { z } from 'zod';
import { completeWebAddress } from '@/lib/format/complete-web-address';

/**
 * A link to a page outside the server: http or https only, never javascript:, data: or file:. The
 * one rule for every way an address comes in (import, re-import, verdicts, restore), since each
 * becomes a link in the pages and the exports. `what` names the address in its messages, which
 * are read by people on the forms (the API names the field beside them).
 */
export function ZWebAddress(what: string) {
  return z
    .url({ protocol: /^https?$/, message: `Enter ${what}, starting with https://` })
    .max(2_000, `${capitalized(what)} is too long: at most 2,000 characters`);
}

/**
 * A web address as an editor types it: one without a scheme that looks like a host
 * ("www.example.org/path") is completed to https:// first (`completeWebAddress`), so the form and
 * the API store the same address.
 */
export function ZTypedWebAddress(what: string) {
  return z.string({ message: `Enter ${what}, starting with https://` }).transform(completeWebAddress).pipe(ZWebAddress(what));
}

function capitalized(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
