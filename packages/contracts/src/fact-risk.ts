import { z } from 'zod';

export const FactRiskKind = z
  .enum(['number', 'percentage', 'money', 'date', 'name', 'quote'])
  .describe('What sort of claim the flagged text makes');
export type FactRiskKind = z.infer<typeof FactRiskKind>;

export const FactRiskReason = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type FactRiskReason = z.infer<typeof FactRiskReason>;

/** A claim in a draft that the brief does not support (DESIGN §6, fact-risk flags). */
export const FactRiskFlag = z
  .object({
    kind: FactRiskKind,
    start: z.number().int().min(0).describe('Offset of the first UTF-16 code unit of the claim in the draft'),
    end: z.number().int().min(0).describe('Offset just past the claim: draft.slice(start, end) === text'),
    text: z.string().min(1),
    value: z
      .string()
      .min(1)
      .describe('The claim normalised for comparison, e.g. "35000", "30%", "USD 5000000", "2025-03-01"'),
    reason: FactRiskReason.describe('Why the brief does not support the claim, for a person to read'),
  })
  .refine((flag) => flag.end > flag.start, { message: 'end must be after start', path: ['end'] });
export type FactRiskFlag = z.infer<typeof FactRiskFlag>;
