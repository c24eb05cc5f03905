import { spawn, type ChildProcess } from 'node:child_process';

export type ServerProcess = { output: () => string; stop: () => Promise<void> };

async function waitForHealth(baseURL: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited early:\n${output()}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy:\n${output()}`);
}

/** Starts `npm start`'s script as a newcomer would, with the given environment, and waits until it is healthy. */
export async function startServer(env: NodeJS.ProcessEnv, baseURL: string): Promise<ServerProcess> {
  const isPortTaken = await fetch(baseURL).then(
    () => true,
    () => false,
  );
  if (isPortTaken) throw new Error(`Something already answers on ${baseURL}; stop it first.`);
  // As package.json's start script runs it.
  const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  await waitForHealth(baseURL, server, output);
  return {
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}
