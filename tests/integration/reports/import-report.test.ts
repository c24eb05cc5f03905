import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { readPage } from '@/lib/reports/read-page';
import { createTestUser } from '../../support/factories';

const bodyWith = (tag: string) => `Envoys met in Seoul on Friday (${tag}). The U.S. envoy spoke first.\n\n- Yonhap`;

const validReport = {
  outlet: 'Yonhap',
  title: 'Envoys meet in Seoul',
  url: 'https://example.org/envoys',
  publishedOn: '2023-04-07',
  credits: 'AP, AFP',
  body: bodyWith('valid'),
};

async function counts() {
  const [reports, revisions, sentences, auditEvents] = await Promise.all([db.report.count(), db.reportRevision.count(), db.sentence.count(), db.auditEvent.count()]);
  return { reports, revisions, sentences, auditEvents };
}

describe('importing a report', () => {
  test('stores the text as revision 1 with its sentences, each anchored by position and quote', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const report = await importReport({ actor: editor.actor, input: { ...validReport, body: bodyWith('first') } });

    const stored = await db.report.findUniqueOrThrow({ where: { id: report.id }, include: { revisions: true, sentences: { orderBy: { index: 'asc' } } } });
    expect(stored).toMatchObject({ outlet: 'Yonhap', title: 'Envoys meet in Seoul', creditsInText: ['AP', 'AFP'], revision: 1, importedById: editor.id });
    expect(stored.publishedOn?.toISOString().slice(0, 10)).toBe('2023-04-07');
    expect(stored.revisions).toMatchObject([{ number: 1, body: stored.body, bodySha256: stored.bodySha256 }]);
    expect(stored.sentences.map(({ kind, text }) => [kind, text])).toEqual([
      ['body', 'Envoys met in Seoul on Friday (first).'],
      ['body', 'The U.S. envoy spoke first.'],
      ['credit', '- Yonhap'],
    ]);
    for (const sentence of stored.sentences) {
      expect(stored.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(stored.body.slice(0, sentence.start).endsWith(sentence.prefix)).toBe(true);
      expect(stored.body.slice(sentence.end).startsWith(sentence.suffix)).toBe(true);
    }
    expect(await db.auditEvent.count({ where: { entityId: report.id, action: 'report.imported', actorId: editor.id } })).toBe(1);
  });

  test('reduces an uploaded HTML page to its article text with a real parser, navigation left out', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const html = `<!doctype html><html><head><title>t</title><style>p{color:red}</style><script>alert("x")</script></head>
      <body><nav><a href="/">Home</a></nav><h1>Envoys &amp; allies meet</h1><p>First <b>sentence</b>. Second one.</p>
      <p>Third &lt;script&gt; sentence.<img src="x.png" alt="photo"></p></body></html>`;
    const report = await importReport({ actor: editor.actor, input: { outlet: 'HTML Daily', bodyFormat: 'html', body: html } });
    const stored = await db.report.findUniqueOrThrow({ where: { id: report.id }, include: { sentences: { orderBy: { index: 'asc' } } } });
    expect(stored.body).not.toMatch(/alert|color:red|<p>|x\.png/);
    expect(stored.sentences.map((sentence) => sentence.text)).toEqual(['Envoys & allies meet', 'First sentence.', 'Second one.', 'Third <script> sentence.']);
  });

  const pageWith = (marker: string) => `<html><head><title>Envoys meet in Seoul | Page Daily</title><meta property="og:site_name" content="Page Daily">
    <meta property="article:published_time" content="2023-04-07T09:00:00+09:00"><link rel="canonical" href="https://page.example/envoys">
    </head><body><article><p>SEOUL (AFP) - Envoys met in Seoul on Friday to talk about workers abroad (${marker}).</p>
    <p>The U.S. envoy spoke first, and the others followed.</p></article></body></html>`;

  test('an HTML page fills in the outlet, title, date, address and credits the editor left blank', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const report = await importReport({ actor: editor.actor, input: { bodyFormat: 'html', body: pageWith('blank fields') } });
    const stored = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({ outlet: 'Page Daily', title: 'Envoys meet in Seoul', url: 'https://page.example/envoys', creditsInText: ['AFP'] });
    expect(stored.publishedOn?.toISOString().slice(0, 10)).toBe('2023-04-07');
  });

  test('what the editor gives wins over what the page says', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const given = { outlet: 'Typed Outlet', title: 'Typed title', url: 'https://typed.example/a', publishedOn: '2023-04-08', credits: 'Yonhap' };
    const report = await importReport({ actor: editor.actor, input: { ...given, bodyFormat: 'html', body: pageWith('typed fields') } });
    const stored = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({ outlet: 'Typed Outlet', title: 'Typed title', url: 'https://typed.example/a', creditsInText: ['Yonhap'] });
    expect(stored.publishedOn?.toISOString().slice(0, 10)).toBe('2023-04-08');
  });

  test('an outlet is still required when neither the editor nor the page names one, and for text always', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const before = await counts();
    await expect(importReport({ actor: editor.actor, input: { bodyFormat: 'html', body: '<p>Envoys met in Seoul on Friday.</p>' } })).rejects.toMatchObject({ code: 'invalid', field: 'outlet' });
    await expect(importReport({ actor: editor.actor, input: { body: bodyWith('no outlet') } })).rejects.toMatchObject({ code: 'invalid', field: 'outlet' });
    expect(await counts()).toEqual(before);
  });

  test("the import form reads a page's text and details for editors, changing nothing; reviewers are refused", async () => {
    const editor = await createTestUser({ role: 'editor' });
    const reviewer = await createTestUser({ role: 'reviewer' });
    const before = await counts();
    const read = await readPage({ actor: editor.actor, input: { html: pageWith('read') } });
    expect(read.metadata).toMatchObject({ outlet: 'Page Daily', title: 'Envoys meet in Seoul', publishedOn: '2023-04-07', credits: ['AFP'] });
    await expect(readPage({ actor: reviewer.actor, input: { html: pageWith('read') } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(readPage({ actor: editor.actor, input: { html: '<p> </p><script>only()</script>' } })).rejects.toMatchObject({ code: 'invalid', field: 'body' });
    await expect(readPage({ actor: editor.actor, input: { html: '' } })).rejects.toMatchObject({ code: 'invalid', field: 'html' });
    expect(await counts()).toEqual(before);

    // The text shown is what importing the page stores.
    const imported = await importReport({ actor: editor.actor, input: { bodyFormat: 'html', body: pageWith('read') } });
    expect(read.text).toBe((await db.report.findUniqueOrThrow({ where: { id: imported.id } })).body);
  });

  test.each([
    [{ ...validReport, body: '' }, 'body'],
    [{ ...validReport, body: ' \n\u00a0\n ' }, 'body'],
    [{ ...validReport, body: 'x'.repeat(1_000_001) }, 'body'],
    [{ ...validReport, bodyFormat: 'html', body: '<p>   </p><script>only()</script>' }, 'body'],
    [{ ...validReport, url: 'javascript:alert(1)' }, 'url'],
    [{ ...validReport, url: 'not a url' }, 'url'],
    [{ ...validReport, publishedOn: '2023-02-30' }, 'publishedOn'],
    [{ ...validReport, publishedOn: '7 April 2023' }, 'publishedOn'],
    [{ ...validReport, outlet: '   ' }, 'outlet'],
    [{ ...validReport, bodyFormat: 'markdown' }, 'bodyFormat'],
    [{ ...validReport, bodyFormat: 'pdf' }, 'body'],
  ])('refuses bad input %#, naming the field, and stores nothing', async (input, field) => {
    const editor = await createTestUser({ role: 'editor' });
    const before = await counts();
    await expect(importReport({ actor: editor.actor, input })).rejects.toMatchObject({ code: 'invalid', field });
    expect(await counts()).toEqual({ ...before });
  });

  test('refuses a text that is already imported (same content hash) and stores nothing', async () => {
    const editor = await createTestUser({ role: 'editor' });
    const body = bodyWith('duplicate');
    await importReport({ actor: editor.actor, input: { ...validReport, body } });
    const before = await counts();
    await expect(importReport({ actor: editor.actor, input: { ...validReport, outlet: 'Someone else', body } })).rejects.toMatchObject({
      code: 'conflict',
      field: 'body',
      message: 'This text is already imported as “Envoys meet in Seoul” (Yonhap)',
    });
    expect(await counts()).toEqual(before);
  });

  test('reviewers cannot import reports', async () => {
    const reviewer = await createTestUser({ role: 'reviewer' });
    const before = await counts();
    await expect(importReport({ actor: reviewer.actor, input: { ...validReport, body: bodyWith('reviewer') } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await counts()).toEqual(before);
  });
});
