// The built entrypoint as separate processes (API, worker), as production runs them, other Node.js
// scripts the benches run beside it, and their memory and CPU.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAIN_JS = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
const READY = /Draftbench is ready at (http:\/\/\S+)|Draftbench worker is running/;
/** Set to a directory to get a V8 CPU profile of every spawned process (written when it exits). */
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF_DIR;

/** Runs `node apps/api/dist/main.js` with `env` and resolves once its ready line is printed. */
export function spawnApp(env) {
  return spawnNode(MAIN_JS, env, READY);
}

/**
 * Runs a Node.js script with only `env` (plus PATH and HOME) and resolves once its output matches
 * `ready`; `url` is the pattern's first group, if any. `stop()` sends SIGTERM and waits for the exit.
 */
export async function spawnNode(script, env, ready) {
  const profile = CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, script], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const watchers = new Set();
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) resolve(match[1]);
      for (const watch of watchers) watch();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${script} exited with ${code} before it was ready:\n${output}`)),
    );
  });
  return {
    url,
    pid: child.pid,
    output: () => output,
    /** The first match of `pattern` in what the process prints from now on. */
    nextOutput(pattern) {
      const from = output.length;
      return new Promise((resolve) => {
        const watch = () => {
          const match = pattern.exec(output.slice(from));
          if (!match) return;
          watchers.delete(watch);
          resolve(match);
        };
        watchers.add(watch);
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident set size of a process in MiB, from /proc (Linux). */
export function rssMiB(pid) {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : NaN;
}

/** Samples a process's RSS every `everyMs` until stopped; reports the first, highest and last sample. */
export function sampleRss(pid, everyMs = 1000) {
  const samples = [rssMiB(pid)];
  const timer = setInterval(() => samples.push(rssMiB(pid)), everyMs);
  return () => {
    clearInterval(timer);
    samples.push(rssMiB(pid));
    return {
      startMiB: samples[0],
      peakMiB: Math.max(...samples),
      endMiB: samples.at(-1),
      samples: samples.length,
    };
  };
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}
