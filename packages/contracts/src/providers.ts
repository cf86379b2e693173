import { z } from 'zod';

export const ModelInfo = z.object({
  id: z.string(),
  inputPricePerMTokUsd: z.number().min(0).describe('USD per 1M prompt tokens'),
  outputPricePerMTokUsd: z.number().min(0).describe('USD per 1M completion tokens'),
});
export type ModelInfo = z.infer<typeof ModelInfo>;

export const ProviderInfo = z.object({
  name: z.string(),
  kind: z.enum(['openai', 'template']),
  ruleBased: z.boolean().describe('True for the built-in rule-based template engine (no AI model)'),
  isDefault: z.boolean(),
  models: z.array(ModelInfo).min(1),
});
export type ProviderInfo = z.infer<typeof ProviderInfo>;

export const ProviderList = z.object({ items: z.array(ProviderInfo) });
export type ProviderList = z.infer<typeof ProviderList>;
