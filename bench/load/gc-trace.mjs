// Preloaded into a process under measurement (NODE_OPTIONS=--import): V8 prints one line of name=value
// pairs per garbage collection (--trace-gc-nvp, which NODE_OPTIONS itself does not accept), for
// bench/load/gc-stats.mjs to read.
import v8 from 'node:v8';

v8.setFlagsFromString('--trace-gc-nvp');
