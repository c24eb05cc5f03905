/** A streamed file download: never cached, never sniffed into something the browser would run. */
export function attachmentResponse({ body, contentType, filename }: { body: ReadableStream<Uint8Array>; contentType: string; filename: string }): Response {
  return new Response(body, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
