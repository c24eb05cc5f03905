// Reading a fetched page's bytes as text, the way browsers choose the encoding (WHATWG): a byte
// order mark, else the charset of the Content-Type header, else a <meta charset> or http-equiv
// declaration in the first 1,024 bytes, else UTF-8. TextDecoder knows the WHATWG labels
// (latin1 and iso-8859-1 are read as windows-1252, as browsers do).

const prescanBytes = 1024;

// windows-1252's bytes 0x80 to 0x9F (WHATWG index), where it differs from ISO-8859-1. Node 20's
// TextDecoder reads windows-1252 as ISO-8859-1 and returns these bytes as C1 controls, which no
// real page means; the five bytes windows-1252 leaves undefined stay as they are.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (control) => String.fromCodePoint(windows1252High[control.charCodeAt(0) - 0x80] ?? control.charCodeAt(0)));
}

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

function byteOrderMarkEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top declares. */
export function declaredMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, prescanBytes)).toString('latin1');
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(tag)?.[1];
    if (charset) return charset;
  }
  return null;
}

/** The `charset` parameter of a Content-Type header, if any. */
export function headerCharset(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([^\s";]+)"?/i.exec(contentType)?.[1] ?? null;
}

/** The page's text and the encoding it was read in. */
export function decodePage(bytes: Uint8Array, contentType: string, { isHtml }: { isHtml: boolean }): { text: string; encoding: string } {
  const metaDecoder = isHtml ? decoderFor(declaredMetaCharset(bytes)) : null;
  // A page cannot declare itself UTF-16 from inside: the declaration was read as ASCII (WHATWG).
  const fromMeta = metaDecoder?.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : metaDecoder;
  const decoder = decoderFor(byteOrderMarkEncoding(bytes)) ?? decoderFor(headerCharset(contentType)) ?? fromMeta ?? new TextDecoder('utf-8');
  return { text: decodeWith(decoder, bytes), encoding: decoder.encoding };
}
