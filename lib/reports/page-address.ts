import ipaddr from 'ipaddr.js';
import type { FetchAllowList } from '@/lib/env';

// What each kind of address is, in the refusal's words. Every range but plain public unicast is
// refused: loopback, RFC 1918 and unique-local (fc00::/7), link-local (cloud metadata services
// answer on 169.254.169.254), CGNAT, unspecified, multicast, reserved, and the IPv6 forms that
// carry an IPv4 address (6to4, NAT64, Teredo).
const rangeWords: Record<string, string> = {
  loopback: 'loopback',
  private: 'RFC 1918 private range',
  uniqueLocal: 'unique local range fc00::/7',
  linkLocal: 'link-local, where cloud metadata services answer',
  carrierGradeNat: 'carrier-grade NAT range',
  unspecified: 'unspecified address',
  multicast: 'multicast',
  broadcast: 'broadcast',
};

/** The address as IPv4 when it is an IPv4-mapped IPv6 address (::ffff:127.0.0.1), so it is judged as what it reaches. */
export function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  return ipaddr.isValid(address) ? ipaddr.process(address) : null;
}

/**
 * Why a page may not be fetched from `address` (reached under the name `host`), or null when it
 * may: a public address, or one FACTCHECK_FETCH_ALLOWED_HOSTS permits by name or range.
 */
export function addressRefusal(address: string, host: string, allowList: FetchAllowList): string | null {
  const parsed = parseAddress(address);
  if (!parsed) return `The address ${address} is not an IP address`;
  if (allowList.hosts.includes(host.toLowerCase())) return null;
  if (allowList.ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))) return null;
  const range = parsed.range();
  if (range === 'unicast') return null;
  return `The address points to a private network address (${rangeWords[range] ?? `reserved range ${range}`})`;
}
