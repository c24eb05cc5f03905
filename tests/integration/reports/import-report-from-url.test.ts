import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { fetchPage } from '@/lib/reports/fetch-page';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { previewReportFromUrl } from '@/lib/reports/preview-report-from-url';
import { sha256 } from '@/lib/reports/store-report';
import { createTestUser } from '../../support/factories';
import { createWorld, freshReport, routeResponse, type World } from '../../support/permission-calls';
import { refusal } from '../../support/refusal';
import { page, redirect, startPageServer, type PageHandler, type PageServer } from '../../support/page-server';

const article = (marker: string) =>
  `<!doctype html><html><head><title>Flood ${marker}</title><script>alert(1)</script></head><body><h1>River floods Marlow ${marker}</h1><p>The river rose two metres overnight. Rescue teams arrived at dawn.</p></body></html>`;

let server: PageServer;
let world: World;
const editor = () => world.editor.actor;

async function counts() {
  const [reports, snapshots, auditEvents] = await Promise.all([db.report.count(), db.reportSnapshot.count(), db.auditEvent.count()]);
  return { reports, snapshots, auditEvents };
}

const importing = (url: string) => () => importReportFromUrl({ actor: editor(), input: { url } });

// A body sent in 64 KB chunks without Content-Length, to a total of `bytes`.
const streamed = (bytes: number): PageHandler => (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const write = () => {
    while (sent < bytes) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', write);
    }
    response.end();
  };
  write();
};

/** The tests of the enclosing block may fetch from 127.0.0.1, where the page server is. */
function allowLocalPages() {
  beforeAll(() => {
    process.env.FACTCHECK_FETCH_ALLOWED_HOSTS = '127.0.0.1';
  });
  afterAll(() => {
    delete process.env.FACTCHECK_FETCH_ALLOWED_HOSTS;
  });
}

beforeAll(async () => {
  world = await createWorld();
  const windows1252 = Buffer.from('<html><body><p>Caf\xe9 \x93cr\xe8me\x94 costs \x80 5. It is na\xefve.</p></body></html>', 'latin1');
  const metaLatin = Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Z\xfcrich f\xeate: d\xe9j\xe0 vu.</p></body></html>', 'latin1');
  const metaCharset = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Se\xf1or \x91quoted\x92 text.</p></body></html>', 'latin1');
  server = await startPageServer({
    '/article': (request, response) => page(article(new URL(request.url ?? '', 'http://x').searchParams.get('m') ?? ''))(request, response),
    '/hop/1': redirect('/hop/2', 301),
    '/hop/2': redirect('/hop/3', 302),
    '/hop/3': redirect('/hop/4', 303),
    '/hop/4': redirect('/hop/5', 307),
    '/hop/5': redirect('/article?m=after-five-hops', 308),
    '/loop/0': redirect('/hop/1'),
    '/slow': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>Half a page');
    },
    '/large': page(Buffer.alloc(5 * 1024 * 1024 + 1, 'a')),
    '/large-streamed': streamed(6 * 1024 * 1024),
    '/image': page(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/to-article': (request, response) => redirect(`/article${new URL(request.url ?? '', 'http://x').search}`)(request, response),
    '/empty': page('<html><body><nav> </nav><script>nothing()</script></body></html>'),
    '/plain': page('A plain text report. It has two sentences.', 'text/plain'),
    '/windows-1252': page(windows1252, 'text/html; charset=windows-1252'),
    '/meta-latin': page(metaLatin, 'text/html'),
    '/meta-charset': page(metaCharset, 'text/html'),
    '/to-private': redirect('http://192.168.1.20/admin'),
    '/to-loopback-v6': (request, response) => redirect(`http://[::1]:${request.socket.localPort}/article`)(request, response),
    '/to-file': redirect('file:///etc/passwd'),
  });
});

afterAll(async () => {
  await server.stop();
});

describe('importing from a URL the allow-list permits (a local server)', () => {
  allowLocalPages();

  test('a page imports with its text, the final URL, its snapshot and an audit event naming the URL, hash and time', async () => {
    const marker = randomUUID().slice(0, 8);
    const before = new Date();
    const imported = await importReportFromUrl({ actor: editor(), input: { url: server.url(`/article?m=${marker}`), title: `Flood ${marker}`, credits: 'AP' } });

    const report = await db.report.findUniqueOrThrow({ where: { id: imported.id }, include: { snapshots: true } });
    expect(report).toMatchObject({ outlet: '127.0.0.1', title: `Flood ${marker}`, url: server.url(`/article?m=${marker}`), creditsInText: ['AP'], importedById: world.editor.actor.id });
    expect(report.body).toContain(`River floods Marlow ${marker}`);
    expect(report.body).toContain('Rescue teams arrived at dawn.');
    expect(report.body).not.toContain('alert');
    const html = article(marker);
    expect(report.snapshots).toHaveLength(1);
    const [snapshot] = report.snapshots;
    expect(snapshot).toMatchObject({ revision: 1, url: server.url(`/article?m=${marker}`), contentType: 'text/html; charset=utf-8', encoding: 'utf-8', sha256: sha256(html) });
    expect(Buffer.from(snapshot?.content ?? []).toString('utf8')).toBe(html);
    expect(snapshot?.fetchedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 5);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'report.imported', entityId: imported.id } });
    expect(event.after).toMatchObject({ fetched: { url: server.url(`/article?m=${marker}`), snapshotSha256: sha256(html), fetchedAt: snapshot?.fetchedAt.toISOString() } });
  });

  test('a preview shows what the import would store (final URL, details, text) and stores nothing; its refusals name the URL', async () => {
    const marker = randomUUID().slice(0, 8);
    const reviewer = await createTestUser();
    const before = await counts();
    const preview = await previewReportFromUrl({ actor: editor(), input: { url: server.url(`/to-article?m=${marker}`) } });
    expect(preview).toEqual({
      url: server.url(`/article?m=${marker}`),
      outlet: '127.0.0.1',
      title: `Flood ${marker}`,
      publishedOn: null,
      credits: [],
      text: `River floods Marlow ${marker}\n\nThe river rose two metres overnight. Rescue teams arrived at dawn.`,
    });
    expect(await refusal(() => previewReportFromUrl({ actor: editor(), input: { url: server.url('/image') } }))).toMatchObject({ field: 'url', message: 'The page is not HTML, plain text or a PDF (content type image/png)' });
    expect(await refusal(() => previewReportFromUrl({ actor: editor(), input: { url: server.url('/empty') } }))).toMatchObject({ field: 'url' });
    expect(await refusal(() => previewReportFromUrl({ actor: editor(), input: { url: 'ftp://example.org/' } }))).toMatchObject({ field: 'url' });
    expect(await refusal(() => previewReportFromUrl({ actor: reviewer.actor, input: { url: server.url(`/article?m=${marker}`) } }))).toMatchObject({ code: 'forbidden' });
    expect(await counts()).toEqual(before);

    const imported = await importReportFromUrl({ actor: editor(), input: { url: server.url(`/to-article?m=${marker}`) } });
    expect((await db.report.findUniqueOrThrow({ where: { id: imported.id } })).body).toBe(preview.text);
  });

  test('the outlet given wins over the host, and a plain text page is imported as text', async () => {
    const imported = await importReportFromUrl({ actor: editor(), input: { url: server.url('/plain'), outlet: 'Plain Wire' } });
    const report = await db.report.findUniqueOrThrow({ where: { id: imported.id } });
    expect(report).toMatchObject({ outlet: 'Plain Wire', body: 'A plain text report. It has two sentences.' });
  });

  test('redirects are followed, five at most, and the report keeps the final URL; a sixth is refused', async () => {
    const imported = await importReportFromUrl({ actor: editor(), input: { url: server.url('/hop/1') } });
    expect((await db.report.findUniqueOrThrow({ where: { id: imported.id } })).url).toBe(server.url('/article?m=after-five-hops'));

    expect(await refusal(importing(server.url('/loop/0')))).toEqual({ code: 'invalid', field: 'url', message: 'Too many redirects (more than 5)' });
  });

  test('a page that does not finish in time is refused with the limit named', async () => {
    const started = Date.now();
    expect(await refusal(() => fetchPage(server.url('/slow'), { limits: { totalTimeoutMs: 400 } }))).toEqual({ code: 'invalid', field: 'url', message: 'The page did not answer within 0.4 s' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('a body over 5 MB is refused, by its Content-Length or while it is read', async () => {
    const before = await counts();
    expect(await refusal(importing(server.url('/large')))).toEqual({ code: 'invalid', field: 'url', message: 'The page is larger than 5 MB' });
    expect(await refusal(importing(server.url('/large-streamed')))).toEqual({ code: 'invalid', field: 'url', message: 'The page is larger than 5 MB' });
    expect(await counts()).toEqual(before);
  });

  test('a page that is not HTML, text or a PDF is refused with its content type, and nothing is stored', async () => {
    const before = await counts();
    expect(await refusal(importing(server.url('/image')))).toEqual({ code: 'invalid', field: 'url', message: 'The page is not HTML, plain text or a PDF (content type image/png)' });
    expect(await refusal(importing(server.url('/missing')))).toMatchObject({ field: 'url', message: 'The page answered HTTP 404 Not Found' });
    expect(await counts()).toEqual(before);
  });

  test('the charset is the header’s, else the page’s <meta charset> or http-equiv declaration', async () => {
    const byHeader = await fetchPage(server.url('/windows-1252'));
    expect(byHeader).toMatchObject({ encoding: 'windows-1252' });
    expect(byHeader.text).toContain('Café “crème” costs € 5. It is naïve.');

    const byHttpEquiv = await fetchPage(server.url('/meta-latin'));
    expect(byHttpEquiv.encoding).toBe('windows-1252');
    expect(byHttpEquiv.text).toContain('Zürich fête: déjà vu.');

    const imported = await importReportFromUrl({ actor: editor(), input: { url: server.url('/meta-charset') } });
    expect((await db.report.findUniqueOrThrow({ where: { id: imported.id } })).body).toBe('Señor ‘quoted’ text.');
    expect(await db.reportSnapshot.findFirstOrThrow({ where: { reportId: imported.id } })).toMatchObject({ encoding: 'windows-1252' });
  });

  test('a redirect from the allowed host to a private address is refused before connecting', async () => {
    expect(await refusal(importing(server.url('/to-private')))).toEqual({ code: 'invalid', field: 'url', message: 'The address points to a private network address (RFC 1918 private range)' });
    expect(await refusal(importing(server.url('/to-loopback-v6')))).toMatchObject({ field: 'url', message: 'The address points to a private network address (loopback)' });
    expect(await refusal(importing(server.url('/to-file')))).toMatchObject({ field: 'url', message: 'Only http:// and https:// pages can be imported, not file:' });
  });

  test('reviewers cannot import from a URL', async () => {
    const reviewer = await createTestUser();
    expect(await refusal(() => importReportFromUrl({ actor: reviewer.actor, input: { url: server.url('/article?m=reviewer') } }))).toMatchObject({ code: 'forbidden' });
  });
});

describe('with the allow-list empty', () => {
  afterEach(() => {
    delete process.env.FACTCHECK_FETCH_ALLOWED_HOSTS;
  });

  test.each([
    ['127.0.0.1', 'http://127.0.0.1/', 'loopback'],
    ['localhost', 'http://localhost/', 'loopback'],
    ['10.x', 'http://10.1.2.3/', 'RFC 1918 private range'],
    ['192.168.x', 'http://192.168.0.10/', 'RFC 1918 private range'],
    ['172.16.x', 'http://172.20.0.1/', 'RFC 1918 private range'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', 'link-local, where cloud metadata services answer'],
    ['CGNAT', 'http://100.64.0.1/', 'carrier-grade NAT range'],
    ['unspecified', 'http://0.0.0.0/', 'unspecified address'],
    ['[::1]', 'http://[::1]/', 'loopback'],
    ['IPv4-mapped ::ffff:127.0.0.1', 'http://[::ffff:127.0.0.1]/', 'loopback'],
    ['IPv4-mapped metadata', 'http://[::ffff:169.254.169.254]/', 'link-local, where cloud metadata services answer'],
    ['fc00::/7', 'http://[fd00:ec2::254]/', 'unique local range fc00::/7'],
    ['fe80::/10', 'http://[fe80::1]/', 'link-local, where cloud metadata services answer'],
    ['a decimal 127.0.0.1', 'http://2130706433/', 'loopback'],
  ])('%s is refused on url', async (_name, url, range) => {
    expect(await refusal(importing(url))).toEqual({ code: 'invalid', field: 'url', message: `The address points to a private network address (${range})` });
  });

  test('the local page server itself is refused once the allow-list is empty', async () => {
    expect(await refusal(importing(server.url('/article?m=refused')))).toEqual({ code: 'invalid', field: 'url', message: 'The address points to a private network address (loopback)' });
  });

  test('ftp: and file: addresses are refused', async () => {
    const before = await counts();
    expect(await refusal(importing('ftp://example.org/report.html'))).toMatchObject({ code: 'invalid', field: 'url' });
    expect(await refusal(importing('file:///etc/passwd'))).toMatchObject({ code: 'invalid', field: 'url' });
    expect(await counts()).toEqual(before);
  });
});

describe('the snapshot download', () => {
  allowLocalPages();

  test('an editor gets the page as an inert attachment; a reviewer gets 403', async () => {
    const marker = randomUUID().slice(0, 8);
    const { id: reportId } = await importReportFromUrl({ actor: editor(), input: { url: server.url(`/article?m=${marker}`) } });

    const response = await routeResponse(world.editor.token, 'GET', '/api/v1/reports/[reportId]/snapshot', { reportId });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*-snapshot\.html"$/);
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('x-snapshot-sha256')).toBe(sha256(article(marker)));
    expect(await response.text()).toBe(article(marker));

    expect((await routeResponse(world.reviewer.token, 'GET', '/api/v1/reports/[reportId]/snapshot', { reportId })).status).toBe(403);
  });

  test('a report imported without a URL has no snapshot (404)', async () => {
    const { reportId } = await freshReport();
    const response = await routeResponse(world.editor.token, 'GET', '/api/v1/reports/[reportId]/snapshot', { reportId });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: 'This report was not imported from a URL: it has no snapshot' } });
  });
});
