// A plain BullMQ worker in a process of its own, as the app's worker is; the target comes from RAW_TARGET
// (JSON, see rawBackend), the queue name from RAW_QUEUE. Its processor does nothing, or with RAW_WORK=content
// the content work every Draftbench job must do (draft-content-work.mjs) for the job's `index`.
import { rawBackend } from './raw-bullmq.mjs';

const work =
  process.env.RAW_WORK === 'content'
    ? (await import('./draft-content-work.mjs')).draftContentWork
    : () => undefined;
const backend = await rawBackend(JSON.parse(process.env.RAW_TARGET));
const worker = backend.worker(process.env.RAW_QUEUE, async (job) => void work(job.data.index), {
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
