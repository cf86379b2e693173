export * from './openai-fake-server.js';
export * from './fake-moderation.js';
export * from './briefs.js';
export * from './judge.js';
