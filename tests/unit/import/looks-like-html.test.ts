import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '@/lib/import/looks-like-html';

describe('looksLikeHtml: pasted page source is told from a report’s text', () => {
  it.each([
    ['a saved page', '<!DOCTYPE html>\n<html lang="en"><head><title>x</title></head><body><p>Text.</p></body></html>'],
    ['a doctype in lower case after blank lines', '\n\n  <!doctype html><p>Text.</p>'],
    ['a CMS fragment', '<p>SEOUL (Reuters) - Envoys met.</p>\n<p>They spoke.</p>'],
    ['a fragment after a comment', '<!-- story body -->\n<div class="story"><h2>Hotline</h2><p>Text.</p></div>'],
    ['markup in upper case', '<DIV><P>Text.</P></DIV>'],
    ['a page that starts with its <html> tag', '<html><body>Text.</body></html>'],
  ])('%s is HTML', (_, text) => expect(looksLikeHtml(text)).toBe(true));

  it.each([
    ['plain prose', 'SEOUL (Reuters) - The envoys met on Friday.\n\nThey spoke.'],
    ['prose that mentions a tag', 'The site wraps headlines in <h1> tags, the researcher said.'],
    ['a comparison', 'x < y and y > z, the model says.'],
    ['an unknown element', '<claim>Envoys met.</claim>'],
    ['an opening tag with no element closed', '<p>An unfinished paste of one paragraph'],
    ['an e-mail address in angle brackets', '<press@example.org> wrote: The envoys met.'],
    ['empty text', ''],
  ])('%s is not', (_, text) => expect(looksLikeHtml(text)).toBe(false));
});
