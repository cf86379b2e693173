import { z } from 'zod';
import { ContentType, Id, Language, PageQuery, Timestamp, text } from './common.js';

export const CopyFramework = z.enum(['AIDA', 'PAS', 'FAB']);
export type CopyFramework = z.infer<typeof CopyFramework>;

export const CopyChannel = z.enum([
  'ecommerce_detail',
  'social_post',
  'ad_headline',
  'email',
  'landing_page',
]);
export type CopyChannel = z.infer<typeof CopyChannel>;

export const MarketingCopyFields = z.object({
  productName: text(120),
  category: text(80),
  sellingPoints: z.array(text(200)).min(1).max(10),
  channel: CopyChannel.default('ecommerce_detail'),
  framework: CopyFramework.default('AIDA'),
  brandVoice: text(200).optional(),
  mustSay: z.array(text(100)).max(20).default([]),
  mustNotSay: z.array(text(100)).max(20).default([]),
});
export type MarketingCopyFields = z.infer<typeof MarketingCopyFields>;

export const NewsFacts = z.object({
  who: text(500).optional(),
  what: text(1000),
  when: text(200).optional(),
  where: text(200).optional(),
  why: text(1000).optional(),
  how: text(1000).optional(),
});
export type NewsFacts = z.infer<typeof NewsFacts>;

export const NewsSource = z.object({ name: text(200), url: z.url().max(2000).optional() });
export const NewsQuote = z.object({ speaker: text(120), role: text(120).optional(), text: text(1000) });
export type NewsQuote = z.infer<typeof NewsQuote>;

export const NewsStyle = z.enum(['wire', 'feature']);
export type NewsStyle = z.infer<typeof NewsStyle>;

export const NewsDraftFields = z.object({
  headlineIdea: text(200),
  facts: NewsFacts,
  sources: z.array(NewsSource).max(20).default([]),
  quotes: z.array(NewsQuote).max(20).default([]),
  angle: text(300).optional(),
  style: NewsStyle.default('wire'),
});
export type NewsDraftFields = z.infer<typeof NewsDraftFields>;

export const VideoPlatform = z.enum(['douyin', 'tiktok', 'youtube_shorts', 'training_video']);
export type VideoPlatform = z.infer<typeof VideoPlatform>;

export const VideoScriptFields = z.object({
  topic: text(200),
  platform: VideoPlatform.default('douyin'),
  durationSeconds: z.number().int().min(5).max(600),
  style: text(120).optional(),
  callToAction: text(200),
});
export type VideoScriptFields = z.infer<typeof VideoScriptFields>;

/** Fields every brief has, whatever its content type. */
const BriefCommon = z.object({
  language: Language,
  title: text(200),
  targetLength: z
    .number()
    .int()
    .min(1)
    .max(5000)
    .describe('Characters for zh, words for en. For video scripts: the length of the voice-over.'),
  tone: text(120).optional(),
  audience: text(200).optional(),
  facts: z
    .array(text(500))
    .max(50)
    .default([])
    .describe('Facts a draft may use; anything else it claims is unsupported'),
});

export const MarketingCopyBriefCreate = BriefCommon.extend({
  contentType: z.literal('marketing_copy'),
  fields: MarketingCopyFields,
});
export const NewsDraftBriefCreate = BriefCommon.extend({
  contentType: z.literal('news_draft'),
  fields: NewsDraftFields,
});
export const VideoScriptBriefCreate = BriefCommon.extend({
  contentType: z.literal('video_script'),
  fields: VideoScriptFields,
});

export const BriefCreate = z.discriminatedUnion('contentType', [
  MarketingCopyBriefCreate,
  NewsDraftBriefCreate,
  VideoScriptBriefCreate,
]);
export type BriefCreate = z.infer<typeof BriefCreate>;
export type BriefCreateInput = z.input<typeof BriefCreate>;

export const BriefStatus = z.enum(['open', 'closed']);
export type BriefStatus = z.infer<typeof BriefStatus>;

const BriefMeta = z.object({ id: Id, status: BriefStatus, createdAt: Timestamp, updatedAt: Timestamp });

export const Brief = z.discriminatedUnion('contentType', [
  MarketingCopyBriefCreate.extend(BriefMeta.shape),
  NewsDraftBriefCreate.extend(BriefMeta.shape),
  VideoScriptBriefCreate.extend(BriefMeta.shape),
]);
export type Brief = z.infer<typeof Brief>;
export type BriefOf<T extends ContentType> = Extract<Brief, { contentType: T }>;

export const BriefListQuery = PageQuery.extend({
  contentType: ContentType.optional(),
  language: Language.optional(),
  status: BriefStatus.optional(),
});
export type BriefListQuery = z.infer<typeof BriefListQuery>;
