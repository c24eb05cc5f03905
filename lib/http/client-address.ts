/**
 * The client's address for a request reaching the server from `peerAddress` with the given
 * X-Forwarded-For. With no trusted proxies the peer is the client and the header, which anyone can
 * send, is ignored. Each trusted reverse proxy appends the address it received from, so with `n` of
 * them the client is the n-th entry from the right.
 */
export function clientAddress(peerAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string | null {
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = peerAddress ? [...forwarded, peerAddress] : forwarded;
  const index = Math.max(0, chain.length - 1 - trustedProxies);
  return normalizeAddress(chain[index]);
}

// Node reports IPv4 peers on dual-stack sockets as ::ffff:a.b.c.d.
function normalizeAddress(address: string | undefined): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped?.[1] ?? address).slice(0, 64);
}
