// The Next.js server that `npm start` runs (as a child process, on the database it prepared).
// It is Next's own request handler behind a plain HTTP server, for one reason: route handlers
// cannot see the connection's address, and Next only fills in X-Forwarded-For when the client has
// not sent one, so a client could pick its own address and slip past the per-address sign-in limit.
// Here X-Forwarded-For is replaced by the address we trust (lib/http/client-address).
import { createServer } from 'node:http';
import next from 'next';
import { clientAddress } from '@/lib/http/client-address';

const port = Number(process.env.PORT ?? 3000);
const trustedProxies = Number(process.env.FACTCHECK_TRUSTED_PROXIES ?? 0);

async function main() {
  if (!Number.isInteger(trustedProxies) || trustedProxies < 0) throw new Error('FACTCHECK_TRUSTED_PROXIES must be a whole number (0 when no reverse proxy is in front)');
  const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    const forwardedFor = request.headers['x-forwarded-for'];
    const address = clientAddress(request.socket.remoteAddress, Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor, trustedProxies);
    if (address) request.headers['x-forwarded-for'] = address;
    else delete request.headers['x-forwarded-for'];
    void handle(request, response);
  });
  server.listen(port, () => console.log(`Ready on http://localhost:${port}`));
  const close = () => server.close(() => process.exit(0));
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
