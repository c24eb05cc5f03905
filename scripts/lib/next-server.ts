// Next's own request handler behind a plain HTTP server, which decides what only the edge can
// (lib/http/edge-gate): route handlers cannot see the connection's address, and Next only fills
// in X-Forwarded-For when the client has not sent one, so a client could pick its own address and
// slip past the per-address sign-in limit; forwarding headers are trusted only from trusted
// proxies; methods and host names the app does not serve are refused; and every answer, static
// files and the image route included, carries the security headers.
import { createServer, type ServerResponse } from 'node:http';
import next from 'next';
import { edgeRefusal, settleForwardedHeaders, type EdgeRefusal } from '@/lib/http/edge-gate';
import type { EdgeSettings } from '@/lib/env';
import { staticSecurityHeaders } from '@/lib/http/security-headers';
import { gracefulClose } from './graceful-close';

function refuse(response: ServerResponse, refusal: EdgeRefusal) {
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  response.writeHead(refusal.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...refusal.headers });
  response.end(body);
}

/** Serves the app on the settings' port (in a cluster worker, the port the workers share) until SIGTERM or SIGINT. */
export async function serveNext(settings: EdgeSettings, { announce }: { announce: boolean }): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port: settings.port, hostname: 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler();
  const shutdown = gracefulClose();
  const server = createServer((request, response) => {
    shutdown.track(request, response);
    const edgeRequest = { method: request.method, headers: request.headers, peerAddress: request.socket.remoteAddress };
    settleForwardedHeaders(edgeRequest, settings);
    const isHttps = request.headers['x-forwarded-proto'] === 'https';
    for (const [name, value] of Object.entries(staticSecurityHeaders({ isHttps }))) response.setHeader(name, value);
    const refusal = edgeRefusal(edgeRequest, settings);
    if (refusal) return refuse(response, refusal);
    void handle(request, response);
  });
  // Keep idle connections longer than the clients and load balancers that pool them (60 s is a
  // common idle timeout): Node's 5 s closes a socket just as a client reuses it, resetting its request.
  server.on('connection', shutdown.connected);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(settings.port, settings.host, () => {
    if (announce) console.log(`Ready on http://${settings.host ?? 'localhost'}:${settings.port}`);
  });
  const close = () => shutdown.close(server);
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}
