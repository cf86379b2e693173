import type { BriefOf, Language, VideoScene } from '@draftbench/contracts';
import { expand, pickPhrase, type Vars } from './bank.js';
import { fitSections, type SectionSpec } from './fit.js';
import { makePool } from './pool.js';
import { mulberry32, pick } from './rng.js';
import { cap, clean, fill, joinSentences, sentence } from './text.js';
import type { GenerateOptions, TemplateDraft } from './types.js';
import { type SceneRole, VIDEO_BANKS, shotBank } from './video-banks.js';

/**
 * Rule-based video script: a hook scene, body scenes built from the brief's facts (or its topic), and a
 * call-to-action scene. Scene seconds are whole numbers that sum exactly to the brief's duration; the
 * voice-over, not the shot notes, is what meets the target length.
 */
export function generateVideoScript(brief: BriefOf<'video_script'>, opts: GenerateOptions): TemplateDraft {
  const { language: lang, fields: f } = brief;
  const rng = mulberry32(opts.seed);
  const bank = VIDEO_BANKS[lang];
  const shots = shotBank(f.platform, lang);
  const topic = clean(f.topic);
  const facts = brief.facts.map(clean).filter((x) => x.length > 0);
  const vars: Vars = { topic, Topic: cap(topic) };

  const seconds = allocateSeconds(f.durationSeconds, sceneCount(f.durationSeconds, brief.targetLength, lang));
  const roles: SceneRole[] = seconds.map((_, i) =>
    i === 0 ? 'hook' : i === seconds.length - 1 ? 'cta' : 'scene',
  );
  const generic = expand(bank.generic, vars, {});

  const specs: SectionSpec<SceneRole>[] = roles.map((role, i) => {
    const weight = seconds[i] ?? 1;
    if (role === 'hook') {
      const [full, short] = pickPhrase(rng, bank.hook, vars);
      return {
        stage: role,
        sentences: [{ text: full, short, keep: 'must' }],
        pool: makePool(rng, expand(bank.hookPool, vars, {}), generic),
        weight,
      };
    }
    if (role === 'cta') {
      const cta = sentence(lang === 'en' ? cap(clean(f.callToAction)) : clean(f.callToAction), lang);
      return {
        stage: role,
        sentences: [{ text: cta, keep: 'must', closing: true }],
        pool: makePool(rng, expand(bank.ctaPool, vars, {}), generic),
        weight,
      };
    }
    // Body scenes take the brief's facts in turn, so each scene carries one point.
    const fact = facts.length ? facts[(i - 1) % facts.length] : undefined;
    const [full, short] = fact
      ? [
          fill(pick(rng, bank.factLine), { ...vars, fact, Fact: cap(fact) }),
          sentence(lang === 'en' ? cap(fact) : fact, lang),
        ]
      : pickPhrase(rng, bank.topicLine, vars);
    const own = fact ? [fact] : [];
    return {
      stage: role,
      sentences: [{ text: full, short, keep: 'must' }],
      pool: makePool(rng, expand(bank.scenePool, vars, { fact: own.length ? own : facts }), generic),
      weight,
    };
  });

  const fitted = fitSections(specs, {
    target: brief.targetLength,
    language: lang,
    render: (secs) => secs.map((s) => joinSentences(s.sentences, lang)).join(lang === 'zh' ? '' : ' '),
  });

  const scenes: VideoScene[] = fitted.map((s, i) => {
    const role = s.stage;
    const voiceOver = joinSentences(s.sentences, lang);
    const onScreenText =
      role === 'hook'
        ? topic
        : role === 'cta'
          ? clean(f.callToAction)
          : caption(facts.length ? (facts[(i - 1) % facts.length] ?? topic) : topic, lang);
    let shot = pick(rng, shots[role]);
    if (role === 'hook' && f.style)
      shot = lang === 'zh' ? `${shot}（风格：${clean(f.style)}）` : `${shot} (style: ${clean(f.style)})`;
    return { index: i + 1, seconds: seconds[i] ?? 1, shot, onScreenText, voiceOver };
  });

  const sections = scenes.map((sc, i) => ({
    stage: roles[i] ?? 'scene',
    text: renderScene(sc, roles[i] ?? 'scene', scenes, lang),
  }));
  return { text: [clean(brief.title), ...sections.map((s) => s.text)].join('\n\n'), sections, scenes };
}

/** Roughly one scene per 7 seconds, at least hook + body + CTA, and few enough that each gets a line. */
export function sceneCount(durationSeconds: number, targetLength: number, lang: Language): number {
  const byTime = Math.round(durationSeconds / 7) + 1;
  const byText = Math.floor(targetLength / (lang === 'zh' ? 15 : 9));
  return Math.max(3, Math.min(12, byTime, byText, durationSeconds));
}

/**
 * Whole seconds per scene summing exactly to the duration: hook and CTA get a shorter share than body
 * scenes, every scene at least one second (largest-remainder rounding).
 */
export function allocateSeconds(duration: number, count: number): number[] {
  const n = Math.max(1, Math.min(count, duration));
  const weights = Array.from({ length: n }, (_, i) => (n > 2 && (i === 0 || i === n - 1) ? 0.7 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (duration * w) / total);
  const out = exact.map((x) => Math.max(1, Math.floor(x)));
  let sum = out.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (let k = 0; sum < duration; k = (k + 1) % n, sum++) out[byRemainder[k]?.i ?? 0]! += 1;
  while (sum > duration) {
    const largest = out.indexOf(Math.max(...out));
    out[largest]! -= 1;
    sum--;
  }
  return out;
}

/** On-screen text is a short caption: the first clause of the point, clipped. */
function caption(text: string, lang: Language): string {
  const first = text.split(/[，,;；:：]/u)[0] ?? text;
  if (lang === 'zh') return [...first].length > 14 ? `${[...first].slice(0, 14).join('')}…` : first;
  const words = first.split(/\s+/);
  return words.length > 7 ? `${words.slice(0, 7).join(' ')}…` : first;
}

function renderScene(sc: VideoScene, role: SceneRole, all: VideoScene[], lang: Language): string {
  const L = VIDEO_BANKS[lang].labels;
  const start = all.slice(0, sc.index - 1).reduce((a, s) => a + s.seconds, 0);
  const span = `${clock(start)}–${clock(start + sc.seconds)}`;
  const head =
    lang === 'zh'
      ? `${L.scene}${sc.index}（${span}，${sc.seconds}${L.seconds}）· ${L.roles[role]}`
      : `${L.scene} ${sc.index} (${span}, ${sc.seconds}${L.seconds}) — ${L.roles[role]}`;
  const colon = lang === 'zh' ? '：' : ': ';
  return [
    head,
    `${L.shot}${colon}${sc.shot}`,
    `${L.onScreen}${colon}${sc.onScreenText}`,
    `${L.voiceOver}${colon}${sc.voiceOver}`,
  ].join('\n');
}

function clock(s: number): string {
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
