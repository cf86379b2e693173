import { API_KEY_OPERATIONS } from './api-keys.js';
import { CONTENT_OPERATIONS } from './content.js';
import { type Operation } from './define.js';
import { JUDGE_OPERATIONS } from './judge.js';
import { RESULT_OPERATIONS } from './results.js';
import { SAFETY_OPERATIONS } from './safety.js';
import { SYSTEM_OPERATIONS } from './system.js';
import { WEBHOOK_OPERATIONS } from './webhooks.js';
import { WORKFLOW_OPERATIONS } from './workflows.js';

export * from './define.js';

/** Every operation of the HTTP API by operationId: the source of the OpenAPI document. */
export const OPERATIONS = {
  ...SYSTEM_OPERATIONS,
  ...CONTENT_OPERATIONS,
  ...WORKFLOW_OPERATIONS,
  ...RESULT_OPERATIONS,
  ...JUDGE_OPERATIONS,
  ...API_KEY_OPERATIONS,
  ...SAFETY_OPERATIONS,
  ...WEBHOOK_OPERATIONS,
} satisfies Record<string, Operation>;
export type OperationId = keyof typeof OPERATIONS;
