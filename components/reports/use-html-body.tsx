'use client';

import { useState } from 'react';
import { readPageAction } from '@/actions/reports';
import { looksLikeHtml } from '@/lib/import/looks-like-html';

type PageRead = Extract<Awaited<ReturnType<typeof readPageAction>>, { ok: true }>['data'];

/** What became of HTML put in a body: being converted, converted to its article's text, or kept as it is. */
type HtmlBody = { state: 'converting' } | { state: 'converted'; html: string; filled: string[] } | { state: 'kept'; html: string };

type Options = {
  /** The report's address, for the page's relative links. */
  pageUrl: () => string | null;
  /** Puts text in the body field, as plain text or (when the server is to convert it on import) as HTML. */
  setBody: (body: string, format: 'text' | 'html') => void;
  setBodyError: (message: string) => void;
  /** Fills in fields from what the page says about itself; returns the names of those it filled. */
  fillFromPage?: (metadata: PageRead['metadata']) => string[];
};

/**
 * HTML put in a body box, pasted or uploaded, becomes the article's text the server would keep,
 * shown in the box to check, with a note saying so and a way to keep the markup as text instead.
 */
export function useHtmlBody({ pageUrl, setBody, setBodyError, fillFromPage }: Options) {
  const [htmlBody, setHtmlBody] = useState<HtmlBody | null>(null);

  async function convert(html: string) {
    setHtmlBody({ state: 'converting' });
    const result = await readPageAction({ html, url: pageUrl() });
    if (!result.ok) {
      // Left as HTML, the server refuses it on import with the same message.
      setBody(html, 'html');
      setHtmlBody(null);
      return setBodyError(result.message);
    }
    setBody(result.data.text, 'text');
    setHtmlBody({ state: 'converted', html, filled: fillFromPage?.(result.data.metadata) ?? [] });
  }

  function keepAsText(html: string) {
    setBody(html, 'text');
    setHtmlBody({ state: 'kept', html });
  }

  /** For the body box's onChange: typed or pasted text. */
  function onBodyChange(body: string) {
    const isHtml = looksLikeHtml(body);
    // Kept as text, it stays so while the editor edits the markup.
    if (htmlBody?.state === 'kept' && isHtml) return;
    if (isHtml) void convert(body);
    else if (htmlBody?.state !== 'converting') setHtmlBody(null);
  }

  /** For an uploaded file: an .html file, or a text file that holds HTML, is converted. */
  function onFile(body: string, format: 'text' | 'html') {
    setBody(body, 'text');
    setHtmlBody(null);
    if (format === 'html' || looksLikeHtml(body)) void convert(body);
  }

  const note = <HtmlBodyNote htmlBody={htmlBody} onKeepAsText={keepAsText} onConvert={(html) => void convert(html)} />;
  return { onBodyChange, onFile, note, isConverting: htmlBody?.state === 'converting' };
}

function HtmlBodyNote({ htmlBody, onKeepAsText, onConvert }: { htmlBody: HtmlBody | null; onKeepAsText: (html: string) => void; onConvert: (html: string) => void }) {
  if (!htmlBody) return null;
  if (htmlBody.state === 'converting') {
    return (
      <p className="hint" role="status">
        Converting from HTML…
      </p>
    );
  }
  if (htmlBody.state === 'kept') {
    return (
      <p className="notice" role="status">
        Kept as text: the markup will be imported as it is, tags and all.{' '}
        <button type="button" className="link-button" onClick={() => onConvert(htmlBody.html)}>
          Convert from HTML
        </button>
      </p>
    );
  }
  return (
    <p className="notice" role="status">
      Converted from HTML: the article&apos;s text is above, without the page&apos;s menus, scripts and other furniture.
      {htmlBody.filled.length > 0 && ` Filled in from the page: ${htmlBody.filled.join(', ')}. Check them before importing.`}{' '}
      <button type="button" className="link-button" onClick={() => onKeepAsText(htmlBody.html)}>
        Keep the HTML as text
      </button>
    </p>
  );
}
