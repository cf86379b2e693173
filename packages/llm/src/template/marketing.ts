import type { BriefOf } from '@draftbench/contracts';
import { expand, pickPhrase, type Vars } from './bank.js';
import { fitSections, type SectionSpec } from './fit.js';
import {
  COPY_BANKS,
  CTA,
  FRAMEWORK_STAGES,
  GREETING,
  MUST_SAY,
  MUST_SAY_STAGE,
  POINT_STAGE,
  type Stage,
} from './marketing-banks.js';
import { makePool } from './pool.js';
import { mulberry32, pick } from './rng.js';
import { cap, clean, contains, fill, joinSentences, scrub, termMatcher } from './text.js';
import type { GenerateOptions, TemplateDraft } from './types.js';

const ENERGETIC = /playful|fun|energetic|bold|witty|excit|活泼|俏皮|热情|有趣|活力|激情/i;

/**
 * Rule-based marketing copy: one paragraph per stage of the brief's framework (AIDA, PAS or FAB),
 * built from its product, points, audience and channel; every must-say term appears verbatim, no
 * must-not-say term appears (if the two lists conflict, must-not-say wins).
 */
export function generateMarketingCopy(
  brief: BriefOf<'marketing_copy'>,
  opts: GenerateOptions,
): TemplateDraft {
  const { language: lang, fields: f } = brief;
  const rng = mulberry32(opts.seed);
  const forbidden = termMatcher(f.mustNotSay);
  const safe = (s: string) => scrub(clean(s), forbidden);
  const bank = COPY_BANKS[lang];
  const stages = FRAMEWORK_STAGES[f.framework];

  const name = safe(f.productName);
  const category = safe(f.category);
  const points = f.sellingPoints.map(safe).filter((p) => p.length > 0);
  const facts = brief.facts.map(safe).filter((p) => p.length > 0);
  const vars: Vars = { name, category };
  const audience = brief.audience ? safe(brief.audience) : '';
  if (audience) Object.assign(vars, { audience, Audience: cap(audience) });
  const tag = (s: string) =>
    lang === 'zh' ? `#${s.replace(/\s+/g, '')}#` : `#${s.replace(/[^\p{L}\p{N}]+/gu, '')}`;
  vars.tags = `${tag(name)} ${tag(category)}`;
  const lists = { point: points, fact: facts };
  const voice = `${brief.tone ?? ''} ${f.brandVoice ?? ''}`;
  const exclaim = (s: string) =>
    ENERGETIC.test(voice) ? s.replace(/[.。](?=\s*(#|$))/u, lang === 'zh' ? '！' : '!') : s;

  const specs: SectionSpec<Stage>[] = stages.map((stage, si) => {
    const b = bank[stage];
    const [full, short] = pickPhrase(rng, b.core, vars);
    const sentences: SectionSpec<Stage>['sentences'] = [
      { text: scrub(full, forbidden), short: scrub(short, forbidden), keep: 'must' },
    ];
    if (si === 0 && f.channel === 'email')
      sentences.unshift({ text: GREETING[lang][0], short: GREETING[lang][1], keep: 'must' });
    if (stage === POINT_STAGE[f.framework] && b.point) {
      points.forEach((point, i) => {
        const text = fill(pick(rng, b.point ?? []), { ...vars, point, Point: cap(point) });
        // The first point is the core promise; the rest may go when space is short.
        sentences.push({
          text,
          short: i === 0 ? `${cap(point)}${lang === 'zh' ? '。' : '.'}` : undefined,
          keep: i === 0 ? 'must' : 'prefer',
        });
      });
    }
    if (stage === MUST_SAY_STAGE[f.framework]) {
      for (const term of f.mustSay) {
        const s = scrub(fill(pick(rng, MUST_SAY[lang]), { term: term.trim() }), forbidden);
        sentences.push({
          text: s,
          short: scrub(`${term.trim()}${lang === 'zh' ? '。' : '.'}`, forbidden),
          keep: 'must',
        });
      }
    }
    if (si === stages.length - 1) {
      const [ctaFull, ctaShort] = CTA[lang][f.channel];
      sentences.push({
        text: exclaim(scrub(fill(ctaFull, vars), forbidden)),
        short: exclaim(scrub(fill(ctaShort, vars), forbidden)),
        keep: 'must',
        closing: true,
      });
    }
    // The stage's opener may go when the stage already carries a point, a must-say line or the CTA.
    const first = sentences.find((x) => x.text === scrub(full, forbidden));
    if (first && sentences.some((x) => x !== first && x.keep === 'must')) first.keep = 'prefer';
    const pool = makePool(rng, expand(b.pool, vars, lists), expand(b.generic, vars, lists));
    return { stage, sentences, pool, weight: stage === POINT_STAGE[f.framework] ? 2 : 1 };
  });

  const render = (secs: { sentences: string[] }[]) =>
    secs.map((s) => joinSentences(s.sentences, lang)).join('\n\n');
  const fitted = fitSections(specs, {
    target: brief.targetLength,
    language: lang,
    render,
    allowed: (s) => !contains(s, forbidden),
  });
  // Last line of defence: nothing the brief forbids leaves the generator, whatever the banks say.
  const sections = fitted.map((s) => ({
    stage: s.stage,
    text: scrub(joinSentences(s.sentences, lang), forbidden),
  }));
  return { text: sections.map((s) => s.text).join('\n\n'), sections, scenes: null };
}
