// Preloaded into a process under measurement (NODE_OPTIONS=--import): the first SIGWINCH (ignored by
// default, and not one of the signals Nest's shutdown hooks stop the app on, as SIGUSR2 is) starts V8's
// sampling heap profiler, keeping samples of objects the GC has since collected, so the total is what the
// process allocated, not what it still holds; the second stops it and prints
// `allocation-sampler: <bytes> bytes allocated`.
import inspector from 'node:inspector';

const session = new inspector.Session();
session.connect();
let sampling = false;

const sum = (node) => node.selfSize + node.children.reduce((total, child) => total + sum(child), 0);

process.on('SIGWINCH', () => {
  if (!sampling) {
    sampling = true;
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    return;
  }
  sampling = false;
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (error) process.stdout.write(`allocation-sampler: ${error.message}\n`);
    else process.stdout.write(`allocation-sampler: ${sum(result.profile.head)} bytes allocated\n`);
  });
});
