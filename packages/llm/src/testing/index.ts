export * from './openai-fake-server.js';
export * from './briefs.js';
export * from './judge.js';
