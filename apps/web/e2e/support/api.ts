import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const mainJs = `${repoRoot}apps/api/dist/main.js`;
const webDist = `${repoRoot}apps/web/dist`;

export interface RunningApi {
  baseUrl: string;
  /** Everything the API printed, for the failure message of a test. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the built API on a free port and resolves once it prints its ready line. */
export async function startApi(env: Record<string, string>): Promise<RunningApi> {
  for (const path of [mainJs, `${webDist}/index.html`]) {
    if (!existsSync(path))
      throw new Error(`${path} is missing: build the api and web apps first (pnpm build)`);
  }
  const child = spawn(process.execPath, [mainJs], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WEB_DIST_DIR: webDist, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
  const exited = once(child, 'exit');

  const ready = new Promise<string>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      log.push(`${line}\n`);
      const match = /Draftbench is ready at (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
    });
  });
  const died = exited.then(([code, signal]) => {
    throw new Error(
      `The API exited before it was ready (code ${String(code)}, signal ${String(signal)}):\n${log.join('')}`,
    );
  });

  const baseUrl = await Promise.race([ready, died]);
  return { baseUrl, output: () => log.join(''), stop: () => stop(child, exited) };
}

async function stop(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await exited;
}
