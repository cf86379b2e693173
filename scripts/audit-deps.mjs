#!/usr/bin/env node
// CI's dependency audit: fails on high or critical advisories that have a fixed version to move to.
// Advisories without a fix are printed, not fatal (nothing to upgrade to yet). When the registry has no
// audit endpoint (some mirrors answer 405), it says so and passes: the audit cannot run there.
import { spawnSync } from 'node:child_process';

const BLOCKING = new Set(['high', 'critical']);

/** Advisories from `pnpm audit --json` split into those that block and those that have no fix yet. */
export function classify(report) {
  const advisories = Object.values(report.advisories ?? {}).filter((a) => BLOCKING.has(a.severity));
  const hasFix = (a) => a.patched_versions && a.patched_versions !== '<0.0.0';
  return { blocking: advisories.filter(hasFix), unfixed: advisories.filter((a) => !hasFix(a)) };
}

const describe = (a) =>
  `${a.severity} ${a.module_name} ${a.vulnerable_versions}: ${a.title} (fixed in ${a.patched_versions}) ${a.url ?? ''}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = spawnSync('pnpm', ['audit', '--json', '--audit-level', 'high'], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const unreachable = /.*(ERR_PNPM_AUDIT_BAD_RESPONSE|ENOTFOUND|ECONNREFUSED|ETIMEDOUT).*/.exec(output);
  if (unreachable) {
    console.warn(
      `Dependency audit skipped: the registry's audit endpoint did not answer.\n${unreachable[0].trim()}`,
    );
    process.exit(0);
  }
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`Dependency audit: could not read pnpm's report:\n${output}`);
    process.exit(1);
  }
  const { blocking, unfixed } = classify(report);
  for (const a of unfixed) console.warn(`no fix yet: ${describe(a)}`);
  for (const a of blocking) console.error(`upgrade: ${describe(a)}`);
  if (blocking.length > 0) process.exit(1);
  console.log(`Dependency audit: no high or critical advisory with a fix (${unfixed.length} without one).`);
}
