import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import { loadIndependence } from '@/lib/stories/load-independence';
import type { TEvidence } from '@/lib/validations/verdict';

type Relation = TEvidence['relation'];

/** A piece of evidence as the rule reads it: a sentence of a report, or a page outside the server. */
export type SupportEvidence = { relation: Relation; reportId: string; outlet: string } | { relation: Relation; url: string };

/** The report a claim is in, with the addresses that make a page its own. */
export type ClaimReportRef = { id: string; outlet: string; url: string | null; syndicatedCopyUrl: string | null };

export type IndependentSupport = {
  /** At least one supporting piece of evidence comes from a source independent of the claim's report. */
  isIndependent: boolean;
  /** Why each supporting piece that does not count does not, in the order given. */
  reasons: string[];
};

export const corroborationRule = 'A corroborated verdict needs a supporting source independent of';

// One outlet's site with or without "www.": www.reuters.com and reuters.com are the same outlet.
function hostOf(address: string): string | null {
  try {
    return new URL(address).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

// A page whatever its fragment, its scheme or a trailing slash.
function pageOf(address: string): string | null {
  try {
    const url = new URL(address);
    return `${hostOf(address)}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return null;
  }
}

type Page = { id: string; outlet: string; pages: string[] };

/** The stored reports (other than the claim's) whose page a supporting address is. */
async function reportsAtPages(client: Db | DbTransaction, claimReportId: string, addresses: string[]): Promise<Page[]> {
  const hosts = [...new Set(addresses.flatMap((address) => hostOf(address) ?? []))];
  if (hosts.length === 0) return [];
  const nearHost = hosts.flatMap((host) => [{ url: { contains: host, mode: 'insensitive' as const } }, { syndicatedCopyUrl: { contains: host, mode: 'insensitive' as const } }]);
  const reports = await client.report.findMany({ where: { id: { not: claimReportId }, OR: nearHost }, select: { id: true, outlet: true, url: true, syndicatedCopyUrl: true } });
  return reports.map((report) => ({ id: report.id, outlet: report.outlet, pages: [report.url, report.syndicatedCopyUrl].flatMap((address) => (address ? (pageOf(address) ?? []) : [])) }));
}

/**
 * Whether each claim's evidence holds a supporting source independent of the claim's report, the
 * definition of "corroborated". A sentence counts when its report is independent of the claim's
 * (`loadIndependence`: an editor's decision, else credit lines); a page counts unless it is on the
 * claim's report's own site (the host of its url or syndicated copy) or is the page of a report
 * that is not independent of it. Contradicting evidence never supports. Claims are grouped by
 * report, so each report costs one lookup of independence, whatever the number of claims.
 */
export async function loadIndependentSupport<Key>(
  client: Db | DbTransaction,
  claims: readonly { key: Key; report: ClaimReportRef; evidence: readonly SupportEvidence[] }[],
): Promise<Map<Key, IndependentSupport>> {
  const result = new Map<Key, IndependentSupport>();
  const byReport = new Map<string, typeof claims>();
  for (const claim of claims) byReport.set(claim.report.id, [...(byReport.get(claim.report.id) ?? []), claim]);
  for (const group of byReport.values()) {
    const report = group[0]?.report;
    if (!report) continue;
    const supporting = group.flatMap((claim) => claim.evidence.filter((link) => link.relation === 'supports'));
    const addresses = supporting.flatMap((link) => ('url' in link ? [link.url] : []));
    const pages = await reportsAtPages(client, report.id, addresses);
    const reportIds = [...supporting.flatMap((link) => ('reportId' in link ? [link.reportId] : [])), ...pages.map((page) => page.id)];
    const independence = await loadIndependence(client, report.id, reportIds);
    const ownHosts = new Set([report.url, report.syndicatedCopyUrl].flatMap((address) => (address ? (hostOf(address) ?? []) : [])));

    const reasonAgainst = (link: SupportEvidence): string | null => {
      if ('reportId' in link) {
        if (link.reportId === report.id) return `the ${link.outlet} sentence is of the claim’s own report`;
        const pair = independence.get(link.reportId);
        if (pair?.independent) return null;
        return `${pair?.reasons[0]?.detail ?? `${link.outlet} is not independent of ${report.outlet}`}, so the ${link.outlet} sentence does not count`;
      }
      const host = hostOf(link.url);
      if (host && ownHosts.has(host)) return `${link.url} is on ${report.outlet}’s own site (${host}), so it does not count`;
      const page = pageOf(link.url);
      const dependent = pages.find((other) => page && other.pages.includes(page) && independence.get(other.id)?.independent === false);
      if (!dependent) return null;
      const detail = independence.get(dependent.id)?.reasons[0]?.detail ?? `${dependent.outlet} is not independent of ${report.outlet}`;
      return `${link.url} is the page of the ${dependent.outlet} report and ${detail}, so it does not count`;
    };

    for (const claim of group) {
      const reasons = claim.evidence.flatMap((link) => (link.relation === 'supports' ? [reasonAgainst(link)] : []));
      result.set(claim.key, { isIndependent: reasons.includes(null), reasons: reasons.filter((reason) => reason !== null) });
    }
  }
  return result;
}

/** What a refusal says: "… independent of Reuters: DW (Deutsche Welle) credits Reuters, so …". */
export function independentSupportMessage(outlet: string, support: IndependentSupport): string {
  const why = support.reasons.join('; ');
  return `${corroborationRule} ${outlet}${why ? `: ${why}.` : '.'}`;
}
