import type { ContentType, Language } from '@draftbench/contracts';
import { generateTemplateDraft } from '../template/generate.js';
import { mulberry32 } from '../template/rng.js';
import { sampleBrief } from './briefs.js';

/** Code points the text counters must classify alike: scripts, joiners, marks, pairs, lone surrogates. */
const ALPHABET = [
  ..."aZ09 \n\t.,-'’—•。，！“”#",
  ...'汉字中文〇々ひらカナ한글ー・',
  ...'éÅßµªº²³¼ⅫΩжא١٢',
  'e\u0301',
  '\u200b',
  '\u00ad',
  '\uff21\uff11',
  '😀',
  '👍🏽',
  '𠀀',
  '𝟘',
  '𝐀',
  '\ud800',
  '\udc00',
];

function randomText(seed: number, length: number): string {
  const random = mulberry32(seed);
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

/**
 * A varied corpus for comparing a rewritten text function with its reference: fixed edge cases, template
 * drafts of every content type in both languages, and seeded random mixes of the alphabet above.
 */
export function textCorpus(): string[] {
  const fixed = [
    '',
    ' ',
    'a',
    '汉',
    "Don't stop — it's a well-known 3.5 x fix.",
    "a..b a.-b 'a a' -a- x’y 3.5.6 e.g. U.S. rock'n'roll",
    '你好，世界！AI写作 2025年 “新品” 上市',
    '中文English混合mixed文字123数字',
    'カタカナとひらがな、한국어 텍스트, 〇々',
    'emoji 😀👍🏽 in text 😀abc😀 𠀀𠀁 𝟘𝟙 𝐀𝐁',
    'lone \ud800 high and \udc00 low surrogates a\ud800b',
    'combining e\u0301te\u0301 and zero\u200bwidth',
  ];
  const types: ContentType[] = ['marketing_copy', 'news_draft', 'video_script'];
  const languages: Language[] = ['zh', 'en'];
  const drafts = types.flatMap((type) =>
    languages.flatMap((language) =>
      [1, 2].map((seed) => generateTemplateDraft(sampleBrief(type, language), { seed }).text),
    ),
  );
  const random = Array.from({ length: 200 }, (_, i) => randomText(i + 1, 1 + (i % 60)));
  return [...fixed, ...drafts, ...random];
}
