import { RUBRIC_CRITERIA, type ContentType, type Language } from '@draftbench/contracts';

/**
 * What each rubric criterion asks of a draft, in the brief's language: the judge scores the same
 * criteria people score (DESIGN §5), described the way a rater guide would.
 */
const GUIDE: Record<ContentType, Record<Language, Record<string, string>>> = {
  marketing_copy: {
    en: {
      persuasiveness: 'makes the audience want the product and ends with a clear next step',
      accuracy: "states only the brief's selling points and facts; no invented figures, claims or promises",
      brand_fit:
        "fits the brief's tone, audience, channel and brand voice; uses every must-say term and no must-not-say term",
      readability: 'clear, fluent and well organised, close to the target length',
    },
    zh: {
      persuasiveness: '能打动目标受众、激发购买意愿，并给出明确的下一步行动',
      accuracy: '只写简报中的卖点和事实，不编造数据、功效或承诺',
      brand_fit: '符合简报的语气、受众、渠道和品牌调性；必须出现的词都用上，禁用词一个不用',
      readability: '清楚流畅、层次分明，篇幅接近目标长度',
    },
  },
  news_draft: {
    en: {
      accuracy: 'every fact, number, name and quote matches the brief; nothing is invented',
      completeness: 'covers who, what, when, where, why and how, most important first',
      neutrality: 'neutral, attributed wording; no opinion presented as fact',
      clarity: 'clear structure and plain language in the requested style',
    },
    zh: {
      accuracy: '所有事实、数字、人名和引语都与简报一致，没有编造',
      completeness: '交代清楚何人、何事、何时、何地、为何、如何，重要信息在前',
      neutrality: '措辞中立、信息有出处，不把观点当作事实',
      clarity: '结构清楚、语言平实，符合要求的文体',
    },
  },
  video_script: {
    en: {
      hook: 'the first seconds make a viewer stay',
      structure: 'scenes follow each other logically, each with a shot, on-screen text and voice-over',
      pacing: 'scene lengths suit the platform and add up to the target duration',
      call_to_action: "ends with the brief's call to action, said clearly",
    },
    zh: {
      hook: '开头几秒能留住观众',
      structure: '分镜衔接合理，每个镜头都有画面、字幕和口播',
      pacing: '镜头时长适合平台，总时长符合要求',
      call_to_action: '结尾清楚地给出简报要求的行动号召',
    },
  },
};

export interface JudgeCriterion {
  id: string;
  description: string;
}

/** The rubric criteria of a content type with their descriptions, in the order raters see them. */
export function judgeCriteria(contentType: ContentType, language: Language): JudgeCriterion[] {
  return RUBRIC_CRITERIA[contentType].map((id) => ({ id, description: GUIDE[contentType][language][id]! }));
}
