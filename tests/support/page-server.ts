import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PageHandler = (request: IncomingMessage, response: ServerResponse) => void;

export type PageServer = { origin: string; url: (path: string) => string; stop: () => Promise<void> };

/**
 * A web server on 127.0.0.1 for imports from a URL to fetch, with one handler per path (404 for
 * the rest). The server under test reaches it only while FACTCHECK_FETCH_ALLOWED_HOSTS permits 127.0.0.1.
 */
export async function startPageServer(pages: Record<string, PageHandler>): Promise<PageServer> {
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((request, response) => {
    const handler = pages[new URL(request.url ?? '/', 'http://pages.test').pathname];
    if (handler) return handler(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering `body` with the given content type. */
export function page(body: string | Buffer, contentType = 'text/html; charset=utf-8'): PageHandler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) }).end(body);
  };
}

/** A handler redirecting to `location`. */
export function redirect(location: string, status = 302): PageHandler {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}
