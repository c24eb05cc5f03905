// Any origin does as the base: only whether the value stays on it matters, and only the path is kept.
const base = new URL('https://this-site.invalid');

/**
 * The path on this site that a sign-in may lead to, never another origin (open redirect). Decided
 * by the WHATWG URL parser, as the browser will read it: it drops tabs and line breaks, reads
 * backslashes as slashes and resolves dot segments, so `/\n/evil.example` or `/.//evil.example`
 * cannot turn into `//evil.example` after the check.
 */
export function safeCallbackPath(callbackUrl: string | undefined): string {
  if (!callbackUrl || !URL.canParse(callbackUrl, base)) return '/';
  const url = new URL(callbackUrl, base);
  // A path that begins with two slashes would be read as another host once written out again.
  if (url.origin !== base.origin || url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
