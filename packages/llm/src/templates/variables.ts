import type { Brief, BriefOf, ContentType, Language } from '@draftbench/contracts';
import { TemplateError, extractVariables } from './template-text.js';

/**
 * The variables a prompt template may use, per content type, and how each is computed from a brief.
 *
 * Prompt hygiene (DESIGN §6): text a person typed into a brief — title, tone, audience, product name,
 * selling points, facts, quotes, a video's free-text style, the call to action… — is NEVER a variable. It
 * reaches the model only inside `brief_data`: the whole brief as JSON between `<brief>` and `</brief>`,
 * with `<` and `>` JSON-escaped so no field can close the tag. Every other variable is a number, an enum
 * value, or our own fixed text chosen by an enum, so nothing a brief author writes can become an
 * instruction. Templates refer to user text by its place in the data instead ("follow the brief's tone",
 * "use fields.callToAction").
 *
 * `brief_data` is required and belongs in the user message only.
 */
export interface TemplateVariable {
  name: string;
  description: string;
  /** A template without it is invalid. */
  required: boolean;
}

/** Variables that must appear in the user text of every template. */
export const REQUIRED_VARIABLES = ['brief_data'] as const;

/** Variables that must not appear in the system text (data goes in the user message). */
const USER_MESSAGE_ONLY = new Set<string>(['brief_data']);

/**
 * Names a template author might reach for that carry user text; reported as unknown with a hint.
 * (`style` is an enum for news but free text for video, so it is a variable for news only.)
 */
const USER_TEXT_NAMES = new Set([
  'title',
  'tone',
  'audience',
  'facts',
  'product_name',
  'category',
  'selling_points',
  'brand_voice',
  'must_say',
  'must_not_say',
  'headline_idea',
  'angle',
  'quotes',
  'sources',
  'topic',
  'style',
  'call_to_action',
]);

const COMMON: TemplateVariable[] = [
  {
    name: 'brief_data',
    description:
      'The whole brief as JSON between <brief> and </brief> (with < and > escaped). The only place user text appears. Required, user message only.',
    required: true,
  },
  {
    name: 'language_name',
    description: 'The brief language in that language: "English" or "中文".',
    required: false,
  },
  { name: 'target_length', description: 'The target length, a number (see length_unit).', required: false },
  { name: 'length_unit', description: 'Unit of target_length: "words" (en) or "字" (zh).', required: false },
];

const BY_TYPE: Record<ContentType, TemplateVariable[]> = {
  marketing_copy: [
    { name: 'framework', description: 'The brief’s copy framework: AIDA, PAS or FAB.', required: false },
    {
      name: 'channel',
      description: 'The channel id: ecommerce_detail, social_post, ad_headline, email, landing_page.',
      required: false,
    },
    { name: 'channel_name', description: 'The channel, named in the brief language.', required: false },
    {
      name: 'channel_guidance',
      description: 'One line of built-in writing guidance for the channel, in the brief language.',
      required: false,
    },
  ],
  news_draft: [
    { name: 'style', description: 'The news style id: wire or feature.', required: false },
    { name: 'style_name', description: 'The news style, named in the brief language.', required: false },
    { name: 'quote_count', description: 'How many quotes the brief gives (a number).', required: false },
    { name: 'source_count', description: 'How many sources the brief gives (a number).', required: false },
  ],
  video_script: [
    {
      name: 'platform',
      description: 'The platform id: douyin, tiktok, youtube_shorts, training_video.',
      required: false,
    },
    {
      name: 'platform_name',
      description: 'The platform and its frame, named in the brief language.',
      required: false,
    },
    {
      name: 'aspect_ratio',
      description: 'The frame: 9:16 (vertical) or 16:9 (training video).',
      required: false,
    },
    { name: 'duration_seconds', description: 'The video duration in whole seconds.', required: false },
  ],
};

export const CONTENT_TYPES = Object.keys(BY_TYPE) as ContentType[];

/** The variables a template of this content type may use, with descriptions (for an editor's help panel). */
export function templateVariables(contentType: ContentType): TemplateVariable[] {
  return [...COMMON, ...BY_TYPE[contentType]].map((v) => ({ ...v }));
}

/** The names a template of this content type may use. */
export function allowedVariables(contentType: ContentType): string[] {
  return templateVariables(contentType).map((v) => v.name);
}

// ---------------------------------------------------------------------------------------------------------
// Values

const LANGUAGE_NAME: Record<Language, string> = { en: 'English', zh: '中文' };
const LENGTH_UNIT: Record<Language, string> = { en: 'words', zh: '字' };

const CHANNEL_NAME = {
  en: {
    ecommerce_detail: 'e-commerce product detail page',
    social_post: 'social media post',
    ad_headline: 'ad headline',
    email: 'marketing email',
    landing_page: 'landing page',
  },
  zh: {
    ecommerce_detail: '电商详情页',
    social_post: '社交媒体帖子',
    ad_headline: '广告标题',
    email: '营销邮件',
    landing_page: '落地页',
  },
} as const;

const CHANNEL_GUIDANCE = {
  en: {
    ecommerce_detail: 'Channel: e-commerce product detail page — scannable, concrete, points easy to find.',
    social_post:
      'Channel: social media post — conversational, short paragraphs, a few relevant hashtags at the end.',
    ad_headline: 'Channel: ad headline — punchy, short sentences, every word earns its place.',
    email: 'Channel: marketing email — a greeting, a clear flow, one call to action.',
    landing_page: 'Channel: landing page — a headline, supporting copy, a clear call to action.',
  },
  zh: {
    ecommerce_detail: '渠道：电商详情页——条理清晰、具体，卖点一目了然。',
    social_post: '渠道：社交媒体帖子——口语化、段落短小，结尾附几个相关话题标签。',
    ad_headline: '渠道：广告标题——短促有力，字字有用。',
    email: '渠道：营销邮件——有称呼，行文顺畅，只有一个行动号召。',
    landing_page: '渠道：落地页——有标题、有支撑文案、有明确的行动号召。',
  },
} as const;

const STYLE_NAME = {
  en: { wire: 'wire story', feature: 'feature story' },
  zh: { wire: '通讯稿', feature: '特稿' },
} as const;

const PLATFORM_NAME = {
  en: {
    douyin: 'Douyin (vertical 9:16)',
    tiktok: 'TikTok (vertical 9:16)',
    youtube_shorts: 'YouTube Shorts (vertical 9:16)',
    training_video: 'a training video (16:9)',
  },
  zh: {
    douyin: '抖音（竖屏9:16）',
    tiktok: 'TikTok（竖屏9:16）',
    youtube_shorts: 'YouTube Shorts（竖屏9:16）',
    training_video: '培训视频（横屏16:9）',
  },
} as const;

/** The brief as JSON data, minus bookkeeping; `<`/`>` become JSON escapes (same data, no tags). */
export function briefData(brief: Brief): string {
  const { title, language, contentType, targetLength, tone, audience, facts, fields } = brief;
  const json = JSON.stringify(
    { contentType, language, title, targetLength, tone, audience, facts, fields },
    null,
    2,
  );
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** The delimited data block: the value of `brief_data`. */
export function briefDataBlock(brief: Brief): string {
  return `<brief>\n${briefData(brief)}\n</brief>`;
}

function copyVariables(brief: BriefOf<'marketing_copy'>): Record<string, string> {
  const { framework, channel } = brief.fields;
  return {
    framework,
    channel,
    channel_name: CHANNEL_NAME[brief.language][channel],
    channel_guidance: CHANNEL_GUIDANCE[brief.language][channel],
  };
}

function newsVariables(brief: BriefOf<'news_draft'>): Record<string, string> {
  const f = brief.fields;
  return {
    style: f.style,
    style_name: STYLE_NAME[brief.language][f.style],
    quote_count: String(f.quotes.length),
    source_count: String(f.sources.length),
  };
}

function videoVariables(brief: BriefOf<'video_script'>): Record<string, string> {
  const f = brief.fields;
  return {
    platform: f.platform,
    platform_name: PLATFORM_NAME[brief.language][f.platform],
    aspect_ratio: f.platform === 'training_video' ? '16:9' : '9:16',
    duration_seconds: String(f.durationSeconds),
  };
}

/** The value of every variable allowed for the brief's content type. */
export function briefVariables(brief: Brief): Record<string, string> {
  const common = {
    brief_data: briefDataBlock(brief),
    language_name: LANGUAGE_NAME[brief.language],
    target_length: String(brief.targetLength),
    length_unit: LENGTH_UNIT[brief.language],
  };
  switch (brief.contentType) {
    case 'marketing_copy':
      return { ...common, ...copyVariables(brief) };
    case 'news_draft':
      return { ...common, ...newsVariables(brief) };
    case 'video_script':
      return { ...common, ...videoVariables(brief) };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Checking

export interface TemplateCheck {
  /** True when the template can be saved and rendered. */
  ok: boolean;
  /** Variables used (in system or user) that this content type does not allow. */
  unknown: string[];
  /** Required variables missing from the user text (`brief_data`). */
  missingRequired: string[];
  /** Variables used where they may not be: `brief_data` in the system text. */
  misplaced: string[];
  /** Syntax errors, one per text that has one, prefixed by `system:` or `user:`. */
  syntax: string[];
  /** Human-readable problems, one per line item above (English). Empty when ok. */
  problems: string[];
}

/**
 * Checks a template's variables against the content type's brief schema: every variable must be allowed,
 * `brief_data` must be in the user text, and it must not be in the system text.
 */
export function checkTemplate(input: {
  contentType: ContentType;
  system: string;
  user: string;
}): TemplateCheck {
  const allowed = new Set(allowedVariables(input.contentType));
  const syntax: string[] = [];
  const vars = (part: 'system' | 'user', text: string): string[] => {
    try {
      return extractVariables(text);
    } catch (e) {
      if (e instanceof TemplateError) {
        syntax.push(`${part}: ${e.message}`);
        return [];
      }
      throw e;
    }
  };
  const systemVars = vars('system', input.system);
  const userVars = vars('user', input.user);

  const unknown = [...new Set([...systemVars, ...userVars])].filter((v) => !allowed.has(v));
  // With a syntax error in the user text we cannot tell what it holds: report that, not a missing variable.
  const missingRequired = syntax.some((s) => s.startsWith('user:'))
    ? []
    : REQUIRED_VARIABLES.filter((v) => !userVars.includes(v));
  const misplaced = systemVars.filter((v) => USER_MESSAGE_ONLY.has(v));

  const problems = [
    ...syntax,
    ...unknown.map((v) =>
      USER_TEXT_NAMES.has(v)
        ? `"${v}" is not a variable for ${input.contentType}: user text only enters prompts inside {{ brief_data }}; refer to it there instead`
        : `"${v}" is not a variable for ${input.contentType}; allowed: ${[...allowed].join(', ')}`,
    ),
    ...missingRequired.map((v) => `The user text must include {{ ${v} }}`),
    ...misplaced.map((v) => `{{ ${v} }} belongs in the user text, not the system text`),
  ];
  return { ok: problems.length === 0, unknown, missingRequired, misplaced, syntax, problems };
}
