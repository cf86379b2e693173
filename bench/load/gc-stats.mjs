// What the garbage collector did, from the --trace-gc-nvp lines (bench/load/gc-trace.mjs) a process
// printed: how much of what the young generation allocated survived a scavenge, how much was promoted
// to the old generation, and the pauses of both kinds of collection.

/** Summary of the GC lines in `output`; `requests` is what the process served meanwhile. */
export function gcStats(output, requests) {
  const collections = [...output.matchAll(/^.*\bpause=.*$/gm)].map(([line]) =>
    Object.fromEntries([...line.matchAll(/(\w[\w.]*)=(\S+)/g)].map(([, name, value]) => [name, value])),
  );
  const of = (kind) => collections.filter((c) => c.gc === kind);
  const sum = (list, field) => list.reduce((total, c) => total + Number(c[field] ?? 0), 0);
  const scavenges = of('s');
  const markCompacts = of('mc');
  const allocated = sum(scavenges, 'allocated');
  return {
    scavenges: scavenges.length,
    survivedPercent: allocated ? round1((sum(scavenges, 'new_space_survived') / allocated) * 100) : 0,
    promotedKiBPerRequest: round1(sum(scavenges, 'promoted') / 1024 / requests),
    scavengePauseMs: {
      mean: scavenges.length ? round1(sum(scavenges, 'pause') / scavenges.length) : 0,
      max: Math.max(0, ...scavenges.map((c) => Number(c.pause))),
    },
    markCompacts: markCompacts.length,
    markCompactPauseMs: round1(sum(markCompacts, 'pause')),
  };
}

const round1 = (x) => Math.round(x * 10) / 10;
