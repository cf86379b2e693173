// The pure-CPU text work the worker does for every generated draft: the safety gate (`checkText` at the
// output stage), the fact-risk check against the brief, `estimateUsage` (two `estimateTokens` calls) and
// `measureLength`. A fixed corpus of template-engine drafts (marketing, news and video; zh and en; several
// targets, seeds and variants) goes through each part, interleaved round by round with a fixed cheap
// baseline (`JSON.stringify` of the draft + `toLowerCase` of its text), so a shared, noisy machine shows
// as the same drift in both: the figure to compare across runs is each part's ratio to the baseline
// (median of the per-round ratios). `digest` hashes every result, so a change of output shows too.
// `signalsSkippedByPrefilter`: the share of (signal, view of a draft) pairs the safety gate never runs.
// Run: node bench/text-checks.bench.mjs (after pnpm build). ROUNDS=… sets the rounds (default 15).
import { createHash } from 'node:crypto';
import { estimateUsage, generateTemplateDraft, measureLength, renderPrompt } from '@draftbench/llm';
import { sampleBrief } from '@draftbench/llm/testing';
import { checkFactRisk } from '@draftbench/fact-risk';
import { checkText } from '@draftbench/safety';
import { normalizeText } from '../packages/safety/dist/normalize.js';
import { SIGNAL_PATTERNS, signalScanner } from '../packages/safety/dist/signal.js';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const TARGETS = {
  marketing_copy: { zh: [60, 150, 300, 600], en: [40, 90, 150, 300] },
  news_draft: { zh: [200, 400, 800, 1200], en: [120, 200, 400, 700] },
  video_script: { zh: [80, 150, 300, 600], en: [50, 70, 150, 300] },
};
const SEEDS = [1, 2, 3, 4];
const VARIANTS = [0, 1];

function corpus() {
  const items = [];
  for (const [type, byLanguage] of Object.entries(TARGETS))
    for (const [language, targets] of Object.entries(byLanguage))
      for (const target of targets) {
        const brief = sampleBrief(type, language, target);
        const prompt = renderPrompt(brief);
        for (const seed of SEEDS)
          for (const variant of VARIANTS) {
            const draft = generateTemplateDraft(brief, { seed, variant });
            items.push({ brief, prompt, draft, text: draft.text, language });
          }
      }
  return items;
}

const items = corpus();
const parts = {
  baseline: (it) => JSON.stringify(it.draft).length + it.text.toLowerCase().length,
  safety: (it) => checkText(it.text, { stage: 'output' }),
  factRisk: (it) => checkFactRisk(it.text, it.brief),
  estimateUsage: (it) => estimateUsage(it.prompt, it.text),
  measureLength: (it) => measureLength(it.text, it.language),
};

let sink = 0;
function timeOnce(fn) {
  const started = performance.now();
  for (const it of items) if (fn(it)) sink++;
  return performance.now() - started;
}

const digest = createHash('sha256');
for (const [name, fn] of Object.entries(parts))
  if (name !== 'baseline') digest.update(JSON.stringify(items.map(fn)));
// Warm-up: the JIT and the regex caches settle before anything is timed.
for (let i = 0; i < 3; i++) for (const fn of Object.values(parts)) timeOnce(fn);

const times = Object.fromEntries(Object.keys(parts).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++)
  for (const [name, fn] of Object.entries(parts)) times[name].push(timeOnce(fn));

// How much of the gate's work the literal prefilter saves: the share of (signal, draft view) pairs it rules out.
const scanForSignals = signalScanner();
let pairs = 0;
let skipped = 0;
for (const it of items) {
  const scanned = scanForSignals(normalizeText(it.text));
  for (const view of scanned.plain === scanned.folded ? ['folded'] : ['plain', 'folded'])
    for (const pattern of SIGNAL_PATTERNS) {
      pairs++;
      if (!scanned.seen[view].mayMatch(pattern)) skipped++;
    }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perDraftMs = (xs) => Number((median(xs) / items.length).toFixed(4));
const ratio = (name) => Number(median(times[name].map((t, i) => t / times.baseline[i])).toFixed(2));
const result = Object.fromEntries(
  Object.keys(parts)
    .filter((name) => name !== 'baseline')
    .map((name) => [name, { msPerDraft: perDraftMs(times[name]), ratioToBaseline: ratio(name) }]),
);
const checks = ['safety', 'factRisk', 'estimateUsage'];
const total = times.baseline.map((t, i) => checks.reduce((sum, name) => sum + times[name][i], 0) / t);
console.log(
  JSON.stringify({
    bench: 'per-draft text checks',
    drafts: items.length,
    avgChars: Math.round(items.reduce((sum, it) => sum + it.text.length, 0) / items.length),
    rounds: ROUNDS,
    baselineMsPerDraft: perDraftMs(times.baseline),
    ...result,
    checksRatioToBaseline: Number(median(total).toFixed(2)),
    signalsSkippedByPrefilter: Number((skipped / pairs).toFixed(3)),
    digest: digest.digest('hex').slice(0, 16),
    sink: sink > 0,
  }),
);
