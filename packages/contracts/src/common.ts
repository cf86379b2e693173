import { z } from 'zod';

export const Language = z
  .enum(['zh', 'en'])
  .describe('zh: Chinese (length in characters); en: English (length in words)');
export type Language = z.infer<typeof Language>;

export const ContentType = z.enum(['marketing_copy', 'news_draft', 'video_script']);
export type ContentType = z.infer<typeof ContentType>;

export const Id = z.uuid();

export const Timestamp = z.iso.datetime({ offset: true });

/** Trimmed, non-empty text of bounded length: the building block of every human-entered field. */
export const text = (max: number) => z.string().trim().min(1).max(max);

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).optional().describe("Opaque cursor from the previous page's nextCursor"),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as ?cursor= to get the next page; null on the last page'),
  });
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
