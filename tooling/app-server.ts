// Starts the production server (scripts/serve.ts, as `npm start` does) as a child process on a
// database that is already migrated, for the fault tests and `npm run bench`. Needs a build.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';

export type AppServer = {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the server printed, for a failing test's message. */
  output: () => string;
  /** SIGTERM, then waits for the process to end. */
  stop: () => Promise<void>;
  /** SIGKILL: no shutdown of any kind, as in a crash. */
  kill: () => Promise<void>;
};

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port');
  return address.port;
}

/** Waits until GET url answers anything at all (any status), or throws after timeoutMs. */
async function waitForAnswer(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('The server exited before it answered');
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms`);
}

export async function startAppServer({
  databaseUrl,
  port,
  authSecret = randomBytes(32).toString('base64url'),
  workers,
  env = {},
  nodeArguments = [],
}: {
  databaseUrl: string;
  port?: number;
  /** Servers that must accept each other's sessions share one secret. */
  authSecret?: string;
  /** Worker processes on the port (FACTCHECK_WORKERS): 1 unless given here or set for the whole test run. */
  workers?: number;
  env?: Record<string, string>;
  /** Extra options for Node, such as --cpu-prof. */
  nodeArguments?: string[];
}): Promise<AppServer> {
  const serverPort = port ?? (await freePort());
  const url = `http://localhost:${serverPort}`;
  // Node itself with tsx's loader, not the tsx command: that would run the server as a child of
  // its own, and a SIGKILL would kill only the wrapper and leave the server running.
  const child = spawn(process.execPath, [...nodeArguments, '--import', 'tsx', 'scripts/serve.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      FACTCHECK_WORKERS: String(workers ?? process.env.FACTCHECK_WORKERS ?? 1),
      ...env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(serverPort),
      AUTH_SECRET: authSecret,
      NEXTAUTH_URL: url,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const ended = once(child, 'exit').then(() => {
    exited = true;
  });
  const end = async (signal: NodeJS.Signals) => {
    if (!exited) child.kill(signal);
    await ended;
  };
  try {
    await waitForAnswer(`${url}/api/health`, 60_000, () => exited);
  } catch (error) {
    await end('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`, { cause: error });
  }
  return { url, port: serverPort, child, output: () => output, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
