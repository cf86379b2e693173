export * from './common.js';
export * from './briefs.js';
export * from './drafts.js';
export * from './jobs.js';
export * from './job-events.js';
export * from './providers.js';
export * from './problem.js';
export * from './queues.js';
