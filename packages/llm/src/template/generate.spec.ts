import { describe, expect, it } from 'vitest';
import type { Brief, ContentType, Language } from '@draftbench/contracts';
import { measureLength } from '../length.js';
import { copyBrief, newsBrief, sampleBrief, videoBrief } from '../testing/briefs.js';
import { generateTemplateDraft } from './generate.js';
import type { TemplateDraft } from './types.js';

const TYPES: ContentType[] = ['marketing_copy', 'news_draft', 'video_script'];
const LANGS: Language[] = ['zh', 'en'];
const TARGETS: Record<ContentType, Record<Language, number[]>> = {
  marketing_copy: { zh: [30, 60, 150, 400, 1000, 2000], en: [20, 40, 90, 250, 600, 1000] },
  // News carries a headline, a dated lede, quotes and sources, so its floor is higher.
  news_draft: { zh: [100, 200, 500, 1200, 2000], en: [60, 120, 300, 700, 1000] },
  video_script: { zh: [30, 80, 200, 600, 1500], en: [20, 50, 120, 400, 1000] },
};

function measured(brief: Brief, draft: TemplateDraft): number {
  const text =
    brief.contentType === 'video_script'
      ? (draft.scenes ?? []).map((s) => s.voiceOver).join(' ')
      : draft.text;
  return measureLength(text, brief.language);
}

describe('template engine: length', () => {
  for (const type of TYPES)
    for (const lang of LANGS)
      for (const target of TARGETS[type][lang])
        it(`${type}/${lang} hits ${target} within ±15% for several seeds and variants`, () => {
          for (let seed = 1; seed <= 4; seed++) {
            const brief = sampleBrief(type, lang, target);
            const draft = generateTemplateDraft(brief, { seed, variant: seed % 2 });
            const n = measured(brief, draft);
            expect(n, draft.text).toBeGreaterThanOrEqual(target * 0.85);
            expect(n, draft.text).toBeLessThanOrEqual(target * 1.15);
          }
        });

  it('holds for every framework and channel', () => {
    for (const lang of LANGS)
      for (const framework of ['AIDA', 'PAS', 'FAB'] as const)
        for (const channel of [
          'ecommerce_detail',
          'social_post',
          'ad_headline',
          'email',
          'landing_page',
        ] as const)
          for (const target of lang === 'zh' ? [50, 300] : [30, 150]) {
            const brief = copyBrief(lang, { framework, channel }, target);
            const n = measured(brief, generateTemplateDraft(brief, { seed: 3 }));
            expect(n, `${lang} ${framework} ${channel} ${target}`).toBeGreaterThanOrEqual(target * 0.85);
            expect(n, `${lang} ${framework} ${channel} ${target}`).toBeLessThanOrEqual(target * 1.15);
          }
  });
});

describe('template engine: marketing copy', () => {
  const STAGES = {
    AIDA: ['attention', 'interest', 'desire', 'action'],
    PAS: ['problem', 'agitate', 'solution'],
    FAB: ['features', 'advantages', 'benefits'],
  };

  for (const lang of LANGS)
    for (const framework of ['AIDA', 'PAS', 'FAB'] as const)
      it(`${lang}: follows ${framework}, one paragraph per stage, in order`, () => {
        const brief = copyBrief(lang, { framework });
        const draft = generateTemplateDraft(brief, { seed: 11 });
        expect(draft.sections.map((s) => s.stage)).toEqual(STAGES[framework]);
        expect(draft.text.split('\n\n')).toEqual(draft.sections.map((s) => s.text));
        for (const s of draft.sections) expect(measureLength(s.text, lang)).toBeGreaterThan(0);
        // The stage that carries the points names the first selling point; the last stage names the product.
        const pointStage = { AIDA: 'interest', PAS: 'solution', FAB: 'features' }[framework];
        expect(draft.sections.find((s) => s.stage === pointStage)?.text.toLowerCase()).toContain(
          brief.fields.sellingPoints[0]?.toLowerCase(),
        );
        expect(draft.sections.at(-1)?.text).toContain(brief.fields.productName);
      });

  it('includes every mustSay term and no mustNotSay term, whatever the seed', () => {
    for (const lang of LANGS)
      for (let seed = 0; seed < 30; seed++) {
        const zh = lang === 'zh';
        const brief = copyBrief(
          lang,
          {
            framework: (['AIDA', 'PAS', 'FAB'] as const)[seed % 3],
            mustSay: zh ? ['七天无理由退换', '顺丰包邮'] : ['free returns', 'ships in 24 hours'],
            // Words the phrase banks would otherwise use, plus one inside a selling point.
            mustNotSay: zh ? ['治疗', '值得', '颈椎'] : ['cure', 'simple', 'neck', 'really'],
          },
          seed % 2 ? (zh ? 80 : 40) : zh ? 600 : 300,
        );
        const text = generateTemplateDraft(brief, { seed }).text;
        for (const term of brief.fields.mustSay) expect(text).toContain(term);
        for (const term of brief.fields.mustNotSay)
          expect(text.toLowerCase()).not.toContain(term.toLowerCase());
      }
  });

  it('marks social posts with hashtags and emails with a greeting', () => {
    expect(generateTemplateDraft(copyBrief('en', { channel: 'social_post' }), { seed: 1 }).text).toMatch(
      /#CloudRest\b/,
    );
    expect(
      generateTemplateDraft(copyBrief('zh', { channel: 'email' }), { seed: 1 }).text.startsWith('你好'),
    ).toBe(true);
  });
});

describe('template engine: news draft', () => {
  const briefText = (b: Brief) => JSON.stringify(b);

  for (const lang of LANGS)
    for (const style of ['wire', 'feature'] as const)
      it(`${lang}/${style}: uses only the brief's numbers and attributes every quote`, () => {
        for (const target of lang === 'zh' ? [150, 800, 2000] : [80, 400, 1000]) {
          const brief = newsBrief(lang, style, target);
          const draft = generateTemplateDraft(brief, { seed: target });
          for (const digits of draft.text.match(/\d+/g) ?? []) expect(briefText(brief)).toContain(digits);
          for (const q of brief.fields.quotes) {
            const line = draft.text.split(/\n/).find((l) => l.includes(q.text));
            expect(line, `quote missing at target ${target}`).toBeDefined();
            expect(line).toContain(q.speaker);
          }
          expect(draft.sections[0]?.stage).toBe('headline');
          expect(draft.sections[1]?.stage).toBe('lede');
          expect(draft.sections.at(-1)?.stage).toBe('sources');
        }
      });

  it('leads with the news in wire style and with a scene in feature style', () => {
    for (const lang of LANGS) {
      const wire = generateTemplateDraft(newsBrief(lang, 'wire'), { seed: 5 });
      const feature = generateTemplateDraft(newsBrief(lang, 'feature'), { seed: 5 });
      const what = newsBrief(lang).fields.facts.what;
      const firstSentence = (t: string) => t.split(/(?<=[.!?])\s+(?=[A-Z“"])|(?<=[。！？])/u)[0] ?? '';
      expect(firstSentence(wire.sections[1]?.text ?? '')).toContain(what);
      expect(firstSentence(feature.sections[1]?.text ?? '')).not.toContain(what);
      expect(feature.sections[1]?.text).toContain(what);
    }
    expect(generateTemplateDraft(newsBrief('en', 'wire'), { seed: 5 }).sections[1]?.text).toMatch(
      /^HANGZHOU, March 3 — /,
    );
  });
});

describe('template engine: video script', () => {
  for (const lang of LANGS)
    for (const duration of [5, 15, 30, 61, 180, 600])
      it(`${lang}: scene seconds sum exactly to ${duration}`, () => {
        const brief = videoBrief(lang, duration);
        const draft = generateTemplateDraft(brief, { seed: duration });
        const scenes = draft.scenes ?? [];
        expect(scenes.length).toBeGreaterThanOrEqual(3);
        expect(scenes.reduce((a, s) => a + s.seconds, 0)).toBe(duration);
        scenes.forEach((s, i) => {
          expect(s.index).toBe(i + 1);
          expect(s.seconds).toBeGreaterThanOrEqual(1);
          expect(s.shot.length).toBeGreaterThan(0);
          expect(s.onScreenText.length).toBeGreaterThan(0);
          expect(s.voiceOver.length).toBeGreaterThan(0);
          expect(draft.text).toContain(s.voiceOver);
        });
        expect(draft.sections[0]?.stage).toBe('hook');
        expect(draft.sections.at(-1)?.stage).toBe('cta');
        expect(scenes[0]?.voiceOver.toLowerCase()).toContain(brief.fields.topic.toLowerCase());
        expect(scenes.at(-1)?.voiceOver.toLowerCase()).toContain(brief.fields.callToAction.toLowerCase());
      });
});

describe('template engine: determinism', () => {
  for (const type of TYPES)
    for (const lang of LANGS)
      it(`${type}/${lang}: same seed and variant → same text; other variant or seed → different`, () => {
        const brief = sampleBrief(type, lang);
        const a = generateTemplateDraft(brief, { seed: 42, variant: 0 });
        expect(generateTemplateDraft(brief, { seed: 42, variant: 0 })).toEqual(a);
        expect(generateTemplateDraft(brief, { seed: 42, variant: 1 }).text).not.toBe(a.text);
        expect(generateTemplateDraft(brief, { seed: 43, variant: 0 }).text).not.toBe(a.text);
        // Without a seed, the brief id seeds it.
        expect(generateTemplateDraft(brief).text).toBe(generateTemplateDraft(brief).text);
      });
});
