import type { BriefOf } from '@draftbench/contracts';
import { expand, type Vars } from './bank.js';
import { fitSections, type SectionSpec, type SentenceSpec } from './fit.js';
import { NEWS_BANKS } from './news-banks.js';
import { makePool } from './pool.js';
import { mulberry32, pick, type Rng } from './rng.js';
import { cap, clean, fill, joinSentences, sentence } from './text.js';
import type { GenerateOptions, TemplateDraft } from './types.js';

type NewsStage = 'headline' | 'lede' | 'body' | 'quotes' | 'background' | 'sources';

/**
 * Rule-based news draft in inverted-pyramid order: headline, lede (what/who/when/where), why and how,
 * attributed quotes, background from the brief's facts, sources. It uses only the brief's facts: the
 * phrase banks hold connectives, never numbers, names or dates. Trimming drops from the bottom up.
 */
export function generateNewsDraft(brief: BriefOf<'news_draft'>, opts: GenerateOptions): TemplateDraft {
  const { language: lang, fields: f } = brief;
  const rng = mulberry32(opts.seed);
  const bank = NEWS_BANKS[lang];
  const opt = (s: string | undefined) => (s && clean(s) ? clean(s) : undefined);
  const who = opt(f.facts.who);
  const what = clean(f.facts.what);
  const when = opt(f.facts.when);
  const where = opt(f.facts.where);
  const why = opt(f.facts.why);
  const how = opt(f.facts.how);
  const angle = opt(f.angle);
  const facts = brief.facts.map(clean).filter((x) => x.length > 0);

  // Join subject and predicate only when `what` reads as a predicate; otherwise name `who` separately.
  const whoInWhat = !!who && what.toLowerCase().includes(who.toLowerCase());
  const joinWho = !!who && !whoInWhat && (lang === 'zh' || /^[a-z]/.test(what));
  const whoWhat = joinWho ? (lang === 'zh' ? `${who}${what}` : `${who} ${what}`) : what;

  const vars: Vars = { whoWhat };
  for (const [k, v] of Object.entries({ who, when, where, why, how, angle })) if (v) vars[k] = v;
  const line = (templates: readonly string[], v: Vars = vars) => fill(pick(rng, templates), v);

  const lede: SentenceSpec[] = [];
  const news = lang === 'zh' ? `${when ? `${when}，` : ''}${whoWhat}。` : sentence(cap(whoWhat), lang);
  if (f.style === 'wire') {
    // Wire: the news itself comes first, behind a dateline.
    const dateline =
      lang === 'zh'
        ? where
          ? `${where}消息：`
          : ''
        : [where?.toUpperCase(), when].filter(Boolean).join(', ');
    const text = lang === 'zh' ? `${dateline}${news}` : dateline ? `${dateline} — ${news}` : news;
    lede.push({ text, short: sentence(lang === 'zh' ? whoWhat : cap(whoWhat), lang), keep: 'must' });
  } else {
    // Feature: a scene-setting line first, then the news.
    const openings = bank.featureOpening.filter((t) =>
      t.includes('{who}') ? !!who : t.includes('{where}') ? !!where : true,
    );
    if (openings.length) lede.push({ text: line(openings), keep: 'prefer' });
    const withWhen = lang === 'en' && when ? sentence(`${cap(whoWhat)}, ${when}`, lang) : news;
    lede.push({
      text: withWhen,
      short: sentence(lang === 'zh' ? whoWhat : cap(whoWhat), lang),
      keep: 'must',
    });
  }
  if (who && !joinWho && !whoInWhat) lede.push({ text: line(bank.who), keep: 'prefer' });

  const body: SentenceSpec[] = [];
  if (why) body.push({ text: line(bank.why), keep: 'prefer' });
  if (how) body.push({ text: line(bank.how), keep: 'prefer' });
  if (angle) body.push({ text: line(bank.angle), keep: 'prefer' });

  const quotes: SentenceSpec[] = f.quotes.map((q) => ({ text: quoteLine(q, lang), keep: 'prefer' }));
  const background: SentenceSpec[] = facts.map((fact) => ({
    text: line(bank.fact, { ...vars, fact, Fact: cap(fact) }),
    keep: 'prefer',
  }));
  const sources: SentenceSpec[] = f.sources.length
    ? [
        {
          text: fill(bank.sources, { list: f.sources.map((s) => clean(s.name)).join(bank.listSep) }),
          keep: 'must',
        },
      ]
    : [];

  const generic = bank.generic;
  const specs: SectionSpec<NewsStage>[] = [
    {
      stage: 'headline',
      sentences: [{ text: lang === 'zh' ? clean(f.headlineIdea) : cap(f.headlineIdea.trim()), keep: 'must' }],
      pool: null,
      weight: 0,
    },
    { stage: 'lede', sentences: lede, pool: null, weight: 0 },
    {
      stage: 'body',
      optional: true,
      sentences: body,
      pool: pool(rng, bank.bodyPool, vars, [], generic),
      weight: 2,
    },
    { stage: 'quotes', optional: true, sentences: quotes, pool: null, weight: 0 },
    {
      stage: 'background',
      optional: true,
      sentences: background,
      pool: pool(rng, bank.backgroundPool, vars, facts, generic),
      weight: facts.length ? 2 : 0,
    },
    { stage: 'sources', sentences: sources, pool: null, weight: 0 },
  ];
  const paragraphs = (secs: { stage: NewsStage; sentences: string[] }[]) =>
    secs
      .filter((s) => s.sentences.length > 0)
      .map((s) => ({ stage: s.stage, text: joinSentences(s.sentences, lang) }));
  const fitted = fitSections(specs, {
    target: brief.targetLength,
    language: lang,
    render: (secs) =>
      paragraphs(secs)
        .map((p) => p.text)
        .join('\n\n'),
  });
  const sections = paragraphs(fitted);
  return { text: sections.map((s) => s.text).join('\n\n'), sections, scenes: null };
}

function pool(
  rng: Rng,
  templates: readonly string[],
  vars: Vars,
  facts: string[],
  generic: readonly string[],
) {
  const specific = expand(templates, vars, { fact: facts }).map((s) =>
    s.length ? s.charAt(0).toUpperCase() + s.slice(1) : s,
  );
  return makePool(rng, specific, generic);
}

/** A quote always names its speaker (and role, when given) in the same sentence. */
function quoteLine(q: { speaker: string; role?: string; text: string }, lang: 'zh' | 'en'): string {
  const said = clean(q.text);
  const speaker = clean(q.speaker);
  const role = q.role ? clean(q.role) : '';
  return lang === 'zh'
    ? `${speaker}${role ? `（${role}）` : ''}表示：“${said}。”`
    : `“${said},” said ${speaker}${role ? `, ${role}` : ''}.`;
}
