// A BullMQ worker whose processor does nothing, in a process of its own as the app's worker is; the
// target comes from RAW_TARGET (JSON, see rawBackend), the queue name from RAW_QUEUE.
import { rawBackend } from './raw-bullmq.mjs';

const backend = await rawBackend(JSON.parse(process.env.RAW_TARGET));
const worker = backend.worker(process.env.RAW_QUEUE, async () => undefined, {
  concurrency: Number(process.env.RAW_CONCURRENCY),
});
worker.on('error', (error) => console.error(`raw worker error: ${error.message}`));
await worker.waitUntilReady();
console.log('raw worker is running');
process.once('SIGTERM', async () => {
  await worker.close();
  await backend.close();
  process.exit(0);
});
