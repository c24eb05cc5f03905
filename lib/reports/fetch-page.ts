import 'server-only';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { fetchAllowList, type FetchAllowList } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { decodePage } from './decode-page';
import { addressRefusal } from './page-address';

export type FetchedPage = {
  /** The address after redirects. */
  url: string;
  contentType: string;
  bytes: Buffer<ArrayBuffer>;
  fetchedAt: Date;
} & ({ format: 'html' | 'text'; text: string; encoding: string } | { format: 'pdf'; text: null; encoding: 'binary' });

export type FetchLimits = { maxBytes: number; maxRedirects: number; connectTimeoutMs: number; totalTimeoutMs: number };

export const pageFetchLimits: FetchLimits = { maxBytes: 5 * 1024 * 1024, maxRedirects: 5, connectTimeoutMs: 5_000, totalTimeoutMs: 10_000 };

const formats: Record<string, FetchedPage['format']> = { 'text/html': 'html', 'application/xhtml+xml': 'html', 'text/plain': 'text', 'application/pdf': 'pdf' };
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

const refused = (message: string) => new AppError('invalid', message, 'url');

type Target = { url: URL; host: string; address: string; family: 4 | 6 };

function webAddress(address: string, base?: URL): URL {
  if (!URL.canParse(address, base)) throw refused(`${address} is not a web address`);
  const url = new URL(address, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(`Only http:// and https:// pages can be imported, not ${url.protocol}`);
  if (url.username || url.password) throw refused('The address must not carry a user name or password');
  return url;
}

/** Resolves the host once and checks every address it has; the request then connects to the one checked. */
async function checkedTarget(url: URL, allowList: FetchAllowList): Promise<Target> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true }).catch(() => []);
  if (addresses.length === 0) throw refused(`Could not reach ${host} (no such host)`);
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, host, allowList);
    if (refusal) throw refused(refusal);
  }
  const [first] = addresses;
  return { url, host, address: first?.address ?? host, family: first?.family === 6 ? 6 : 4 };
}

function describeNetworkError(error: unknown, host: string): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ECONNRESET' ? 'connection reset' : code ?? (error instanceof Error ? error.message : 'network error');
  return refused(`Could not reach ${host} (${reason})`);
}

/** One request to the checked address, without following redirects; resolves once the headers are in. */
function requestOnce(target: Target, limits: FetchLimits, signal: AbortSignal): Promise<http.IncomingMessage> {
  // Connect to the address that was checked, never to a second answer of the DNS (rebinding).
  const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(target.url, {
      host: target.host,
      lookup: pinnedLookup,
      agent: false,
      signal,
      headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.8, application/pdf;q=0.8', 'accept-encoding': 'identity', 'user-agent': 'factcheck-review (report import)' },
    });
    request.once('socket', (socket) => {
      const connectTimer = setTimeout(() => request.destroy(refused(`Could not reach ${target.host} (no connection within ${limits.connectTimeoutMs / 1000} s)`)), limits.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
      socket.once('close', () => clearTimeout(connectTimer));
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}

function readBody(response: http.IncomingMessage, limits: FetchLimits): Promise<Buffer<ArrayBuffer>> {
  const tooLarge = () => refused(`The page is larger than ${limits.maxBytes / 1024 / 1024} MB`);
  if (Number(response.headers['content-length'] ?? 0) > limits.maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) {
        // Settled before destroying, which reports the stream as aborted.
        reject(tooLarge());
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => resolve(Buffer.concat(chunks)));
    response.once('error', reject);
    response.once('aborted', () => reject(new Error('the connection closed before the page was complete')));
  });
}

async function fetchFollowing(start: URL, allowList: FetchAllowList, limits: FetchLimits, signal: AbortSignal): Promise<FetchedPage> {
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const target = await checkedTarget(url, allowList);
    if (signal.aborted) throw signal.reason;
    const response = await requestOnce(target, limits, signal).catch((error: unknown) => {
      throw error instanceof AppError || signal.aborted ? error : describeNetworkError(error, target.host);
    });
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (redirectStatuses.has(status) && location) {
      response.destroy();
      if (redirects >= limits.maxRedirects) throw refused(`Too many redirects (more than ${limits.maxRedirects})`);
      url = webAddress(location, url);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw refused(`The page answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    const contentType = response.headers['content-type'] ?? '';
    const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    const format = formats[mediaType];
    if (!format) {
      response.destroy();
      throw refused(`The page is not HTML, plain text or a PDF (content type ${mediaType || 'not given'})`);
    }
    const bytes = await readBody(response, limits);
    const fetched = { url: url.href, contentType, bytes, fetchedAt: new Date() };
    if (format === 'pdf') return { ...fetched, format, text: null, encoding: 'binary' };
    return { ...fetched, format, ...decodePage(bytes, contentType, { isHtml: format === 'html' }) };
  }
}

/**
 * Fetches a page to import, safely: http and https only; every address the host resolves to,
 * redirects included, checked against private, loopback, link-local and metadata ranges
 * (unless FACTCHECK_FETCH_ALLOWED_HOSTS permits it) and then connected to directly; at most 5
 * redirects, 5 MB, 10 s in all; HTML or plain text, decoded in its declared charset, or a PDF.
 * Every refusal is an `invalid` error on `url`.
 */
export async function fetchPage(address: string, { allowList = fetchAllowList(), limits = pageFetchLimits }: { allowList?: FetchAllowList; limits?: Partial<FetchLimits> } = {}): Promise<FetchedPage> {
  const bounds = { ...pageFetchLimits, ...limits };
  const url = webAddress(address);
  const timeout = refused(`The page did not answer within ${bounds.totalTimeoutMs / 1000} s`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeout), bounds.totalTimeoutMs);
  const timedOut = new Promise<never>((_resolve, reject) => controller.signal.addEventListener('abort', () => reject(timeout), { once: true }));
  timedOut.catch(() => undefined);
  try {
    return await Promise.race([fetchFollowing(url, allowList, bounds, controller.signal), timedOut]);
  } catch (error) {
    if (controller.signal.aborted) throw timeout;
    throw error instanceof AppError ? error : describeNetworkError(error, url.hostname);
  } finally {
    clearTimeout(timer);
    controller.abort(timeout);
  }
}
