import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const MAIN_JS = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface SpawnedApp {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Sends the signal and resolves with the exit code (null when the signal ended it). */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the built entrypoint exactly as `pnpm start` does and waits for its ready line. */
export function spawnApp(env: Record<string, string>, cwd: string): Promise<SpawnedApp> {
  return spawnEntrypoint(env, cwd, /Draftbench is ready at (http:\/\/\S+)/);
}

/** The same entrypoint as a worker-only process (`APP_ROLES=worker`); `url` is empty. */
export function spawnWorker(env: Record<string, string>, cwd: string): Promise<SpawnedApp> {
  return spawnEntrypoint({ ...env, APP_ROLES: 'worker' }, cwd, /Draftbench worker is running()/);
}

async function spawnEntrypoint(env: Record<string, string>, cwd: string, ready: RegExp): Promise<SpawnedApp> {
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve(match[1] ?? '');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`app exited with ${code} before it was ready:\n${output}`)),
    );
  });
  return {
    child,
    url,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      child.kill(signal);
      const [code, sig] = await exited;
      return { code, signal: sig };
    },
  };
}
