import { describe, expect, test } from 'vitest';
import { extractArticle } from '@/lib/import/extract-article';
import { calendarDate, cleanTitle } from '@/lib/import/page-metadata';
import { segmentReport } from '@/lib/segmentation/segment-report';

const paragraph = (sentence: string, times = 4) => `<p>${Array.from({ length: times }, () => sentence).join(' ')}</p>`;

const newsPage = `<!doctype html>
<html lang="en"><head>
<title>Envoys meet in Seoul over worker ban | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Envoys meet in Seoul over worker ban">
<meta property="article:published_time" content="2023-04-07T23:30:00-04:00">
<link rel="canonical" href="/world/envoys-meet">
<script type="application/ld+json">
{ "@context": "https://schema.org", "@graph": [
  { "@type": "Organization", "@id": "https://news.example/#org", "name": "Example News Group" },
  { "@type": "WebPage", "@id": "https://news.example/world/envoys-meet" },
  { "@type": ["NewsArticle"], "headline": "Envoys meet (JSON-LD headline)", "datePublished": "2023-04-06",
    "publisher": { "@id": "https://news.example/#org" },
    "author": [{ "@type": "Person", "name": "Jane Doe" }, { "@type": "Person", "name": "John Roe" }] }
] }
</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="newsletter-signup"><p>Sign up for our daily briefing, delivered every morning to your inbox with the top stories.</p></div>
<article>
<h1>Envoys meet in Seoul over worker ban</h1>
${paragraph('SEOUL (Reuters) - Envoys of the United States, Japan and South Korea met in Seoul on Friday to discuss North Korean workers abroad.', 1)}
${paragraph('The envoys said the workers earn money for weapons programmes, in breach of sanctions, and urged other countries to send them home.')}
<figure><img src="/a.jpg" alt=""><figcaption>The envoys before their meeting. Photo: Example Agency</figcaption></figure>
<h2>Cybercrime on the agenda</h2>
${paragraph('They also discussed cybercrime, which the envoys said pays for a growing share of the programmes, according to a joint statement.')}
<ul><li>Workers abroad</li><li>Crypto theft</li></ul>
<p>mf/rs (AP, AFP, Reuters)</p>
</article>
<aside><h3>Most read</h3><p>Something else entirely happened somewhere else today, and it was very interesting.</p></aside>
<footer><p>© Example News. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
</body></html>`;

describe('extractArticle: the article of a web page and its metadata', () => {
  test('keeps the article as lines, headings on their own, lists one item per line, without navigation, sign-up boxes, captions, asides or footers', () => {
    const { text, method } = extractArticle(newsPage, { url: 'https://news.example/world/envoys-meet?ref=home' });
    expect(method).toBe('readability');
    const blocks = text.split('\n\n');
    expect(blocks[0]).toMatch(/^SEOUL \(Reuters\) - Envoys/);
    expect(blocks).toContain('Cybercrime on the agenda');
    expect(blocks).toContain('Workers abroad\nCrypto theft');
    expect(blocks.at(-1)).toBe('mf/rs (AP, AFP, Reuters)');
    for (const furniture of ['Home', 'Sign up', 'Photo: Example Agency', 'Most read', 'Something else', 'All rights reserved']) expect(text).not.toContain(furniture);
  });

  test('the segmenter reads the heading as a headline and the credit line as a credit, the paragraphs as body', () => {
    const { text } = extractArticle(newsPage);
    const kinds = segmentReport(text).map((sentence) => [sentence.kind, sentence.text.slice(0, 20)]);
    expect(kinds).toContainEqual(['headline', 'Cybercrime on the ag']);
    expect(kinds).toContainEqual(['credit', 'mf/rs (AP, AFP, Reut']);
    expect(kinds.filter(([kind]) => kind === 'body').length).toBeGreaterThan(5);
  });

  test('metadata: outlet from og:site_name, title from og:title, the date as the page writes it, JSON-LD authors through @graph, credits, canonical URL made absolute', () => {
    const { metadata } = extractArticle(newsPage, { url: 'https://news.example/world/envoys-meet?ref=home' });
    expect(metadata).toEqual({
      outlet: 'Example News',
      title: 'Envoys meet in Seoul over worker ban',
      publishedOn: '2023-04-07',
      authors: ['Jane Doe', 'John Roe'],
      credits: ['Reuters', 'AP', 'AFP'],
      canonicalUrl: 'https://news.example/world/envoys-meet',
    });
  });

  test('without Open Graph tags, JSON-LD gives the outlet (publisher by @id), headline and date', () => {
    const html = newsPage.replace(/<meta property="(?:og:site_name|og:title|article:published_time)"[^>]*>/g, '');
    const { metadata } = extractArticle(html);
    expect(metadata.outlet).toBe('Example News Group');
    expect(metadata.title).toBe('Envoys meet (JSON-LD headline)');
    expect(metadata.publishedOn).toBe('2023-04-06');
  });

  test('missing fields are null or empty: a bare page gives only its cleaned <title>, and the canonical URL falls back to where it was found', () => {
    const html = `<html><head><title>A plain page | Some Blog</title><script type="application/ld+json">{ not json</script></head>
      <body>${paragraph('A plain page with one paragraph of text that says very little about anything in particular.')}</body></html>`;
    expect(extractArticle(html).metadata).toEqual({ outlet: null, title: 'A plain page', publishedOn: null, authors: [], credits: [], canonicalUrl: null });
    expect(extractArticle(html, { url: 'https://blog.example/plain' }).metadata.canonicalUrl).toBe('https://blog.example/plain');
  });

  test('JSON-LD in an array, wrapped in a comment, with an author as text and a publisher list; meta author when JSON-LD has none', () => {
    const html = `<html><head><script type="application/ld+json"><!--
      [{ "@type": "BreadcrumbList" }, { "@type": "BlogPosting", "headline": "Posted", "author": "By Ann Smith and Bob Jones", "publisher": [{ "name": "The Blog" }] }]
      --></script></head><body>${paragraph('Some text of the post that goes on for a while.')}</body></html>`;
    expect(extractArticle(html).metadata).toMatchObject({ title: 'Posted', authors: ['Ann Smith', 'Bob Jones'] });
    const withMeta = `<html><head><meta name="author" content="Doe, Jane"><meta property="article:author" content="https://social.example/jane"></head><body><p>Text.</p></body></html>`;
    expect(extractArticle(withMeta).metadata.authors).toEqual(['Doe, Jane']);
  });

  test('a canonical link that is not a web address is ignored', () => {
    const html = `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://site.example/story"></head><body><p>Text.</p></body></html>`;
    expect(extractArticle(html).metadata.canonicalUrl).toBe('https://site.example/story');
  });

  test('when Readability finds nothing, the whole page gives the text, never an empty result', () => {
    const html = `<html><body><footer><p>Only a footer carries text on this page.</p></footer></body></html>`;
    expect(extractArticle(html)).toMatchObject({ text: 'Only a footer carries text on this page.', method: 'page' });
    expect(extractArticle('<html><body><script>var a = 1;</script></body></html>').text).toBe('');
  });

  test('a fragment without <html> or <body>, as pasted or sent through the API, is read as a page', () => {
    expect(extractArticle('<p>Envoys met in Seoul on Friday.</p><p>They spoke.</p>').text).toBe('Envoys met in Seoul on Friday.\n\nThey spoke.');
    expect(extractArticle('<head><title>A page | Site</title></head><body><p>Text of it.</p></body>')).toMatchObject({ text: 'Text of it.', metadata: { title: 'A page' } });
    expect(extractArticle('Plain words, no tags.').text).toBe('Plain words, no tags.');
  });

  test('a <br> breaks a line inside its paragraph; preformatted text keeps its lines', () => {
    const html = `<html><body><article>${paragraph('A first paragraph that is long enough to be taken as the article body of this page.')}<p>Line one<br>Line two</p><pre>a  b\nc</pre></article></body></html>`;
    expect(extractArticle(html).text.split('\n\n').slice(1)).toEqual(['Line one\nLine two', 'a b\nc']);
  });
});

describe('page metadata helpers', () => {
  test('a title loses its site name on either side, or is the longest part of a "|" title', () => {
    expect(cleanTitle('Envoys meet - Example News', 'Example News', null)).toBe('Envoys meet');
    expect(cleanTitle('EXAMPLE NEWS | Envoys meet', 'Example News', null)).toBe('Envoys meet');
    expect(cleanTitle('Envoys meet – news.example', null, 'news.example')).toBe('Envoys meet');
    expect(cleanTitle('World | Envoys meet in Seoul over worker ban', null, null)).toBe('Envoys meet in Seoul over worker ban');
    expect(cleanTitle('Fact check: is it true?', null, null)).toBe('Fact check: is it true?');
  });

  test('a publication date is the calendar day as written, or of a parsed date; anything else is null', () => {
    expect(calendarDate('2019-11-19T23:30:00-05:00')).toBe('2019-11-19');
    expect(calendarDate('2019-11-19')).toBe('2019-11-19');
    expect(calendarDate('Tue, 19 Nov 2019 10:00:00 GMT')).toBe('2019-11-19');
    expect(calendarDate('2019-02-30')).toBeNull();
    expect(calendarDate('yesterday')).toBeNull();
    expect(calendarDate(null)).toBeNull();
  });
});
