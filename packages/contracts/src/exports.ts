import { z } from 'zod';

export const SftQuery = z.object({
  format: z
    .enum(['messages', 'prompt_completion'])
    .default('messages')
    .describe('messages: chat format; prompt_completion: {prompt, completion}'),
});
export type SftQuery = z.infer<typeof SftQuery>;
