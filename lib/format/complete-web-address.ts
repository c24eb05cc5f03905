// Host names of dot-separated labels ending in letters (www.example.org, news.example.co.uk), with
// an optional port, then a path, query or fragment. IP addresses, single words such as localhost
// and anything with a scheme (javascript:, mailto:) are not host-like.
const hostLike = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * An address typed without its scheme ("www.example.org/path") completed to https://, as a
 * browser's address bar would; anything else is returned as given, for the web-address check to
 * accept or refuse.
 */
export function completeWebAddress(value: string): string {
  const address = value.trim();
  return hostLike.test(address) ? `https://${address}` : value;
}
