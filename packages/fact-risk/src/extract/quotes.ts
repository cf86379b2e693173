import { type NameClaim, type QuoteClaim } from '../claim.js';
import { EN_SPEECH_VERBS, SPEECH, ZH_SPEECH_VERBS } from './speech.js';
import { allMatches } from '../text/all-matches.js';

const QUOTED = /“([^“”]{2,800})”|「([^「」]{2,800})」|『([^『』]{2,800})』|"([^"\n]{2,800})"/gu;

/** Labels of a script's own lines: what follows them in quotation marks is the script, not a quotation. */
const SCRIPT_LABEL =
  /(?:旁白|画外音|口播|台词|字幕|花字|主持人|博主|达人|主播|屏幕文字|画面文字|弹幕|标题|文案|口号|广告语|Slogan|Tagline|VO|V\.O\.|Voice-?over|Narrator|Host|On-screen text|On-screen|Text on screen|Caption|Title|Headline|CTA|Hook|Text|Subtitle|Super)[ \t]*[)）\]】]?[ \t]*[:：][ \t]*$/iu;

const FIRST_PERSON = /我|咱|\b(?:I|I'm|I've|we|we're|we've|our|us|my|me)\b/iu;
const SENTENCE_END = /[。！？!?]|\.(?:\s|$)/u;
/** A speech verb right after a name: “…”，张伟说 / "…," Doe said. */
const SPEECH_NEXT = new RegExp(
  `^[ \\t,，]*(?:也|还|则|又)?(?:${ZH_SPEECH_VERBS}|${EN_SPEECH_VERBS}\\b)`,
  'iu',
);
const SPEAKER_LABEL = /(?:^|\n)[ \t]*([^\s：:“”"]{2,24})[ \t]*[:：][ \t]*$/u;

/**
 * Quotations: text in “…”, 「…」, 『…』 or "…" that someone says — there is a speaker next to it, or it
 * speaks in the first person or in sentences, or it is long. Short quoted terms and slogans ("黑科技",
 * "smart mode") and a script's own lines ("旁白：“…”") are not quotations; their words are read as ordinary
 * text. The speaker is the name right before ("张伟表示：“…”") or after ("…,” said Jane Doe) the quotation,
 * or a label starting the line ("张伟：“…”"). In a `script`, only quotations cited from a named person count.
 */
export function extractQuotes(text: string, names: readonly NameClaim[], script: boolean): QuoteClaim[] {
  const claims: QuoteClaim[] = [];
  for (const match of allMatches(text, QUOTED)) {
    const quote = match.slice(1).find((group) => group !== undefined) ?? '';
    const start = match.index;
    const end = start + match[0].length;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (SCRIPT_LABEL.test(text.slice(lineStart, start))) continue;
    const named = namedSpeakerOf(text, start, end, names);
    // In a script, quoted lines are the script's own dialogue unless a named person is cited as saying them.
    if (script && !named) continue;
    const speaker = named ?? SPEAKER_LABEL.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    if (!speaker && !soundsSpoken(quote)) continue;
    claims.push({ kind: 'quote', start, end, text: match[0], quote, ...(speaker && { speaker }) });
  }
  return claims;
}

function soundsSpoken(quote: string): boolean {
  const han = quote.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
  const words = quote.match(/[A-Za-z]+(?:['’][A-Za-z]+)?/gu)?.length ?? 0;
  if (han < 6 && words < 4) return false;
  return FIRST_PERSON.test(quote) || SENTENCE_END.test(quote.trim()) || han >= 12 || words >= 8;
}

/**
 * Who the draft says spoke: a name tied to the quotation within its sentence by a speech verb or a colon
 * before it ("张伟表示：“…”", "Jane Doe said: "…""), or after it by a speech verb or a dash ("…,” said Jane
 * Doe; “…”，张伟说; "…" — Jenna). A person wins over an organisation ("小米集团董事长雷军说"); a
 * colon before the quotation makes the earlier name win.
 */
function namedSpeakerOf(
  text: string,
  start: number,
  end: number,
  names: readonly NameClaim[],
): string | undefined {
  const speakers = names.filter((name) => name.entity !== 'work');
  const after = speakers.filter((name) => name.start >= end && saysAfter(text, end, name));
  const before = speakers
    .filter((name) => name.end <= start && saysBefore(text.slice(name.end, start)))
    .reverse();
  const introduced = /[:：]\s*$/u.test(text.slice(Math.max(0, start - 3), start));
  const near = introduced ? [...before, ...after] : [...after, ...before];
  const speaker = near.find((name) => name.entity === undefined) ?? near[0];
  return speaker?.name;
}

function saysBefore(gap: string): boolean {
  if (gap.length > 24 || crossesSentence(gap)) return false;
  return SPEECH.test(gap) || /^\s*[:：]\s*$/u.test(gap);
}

function saysAfter(text: string, quoteEnd: number, name: NameClaim): boolean {
  const gap = text.slice(quoteEnd, name.start);
  if (gap.length > 24 || crossesSentence(gap)) return false;
  const rest = gap.replace(/^[ \t,，。.]+/u, '');
  if (rest === '') return SPEECH_NEXT.test(text.slice(name.end));
  return /^[—–-]+\s*$/u.test(rest) || SPEECH.test(rest);
}

/** Whether the words between a quotation and a name leave the sentence: an end mark, a line break, a quotation. */
function crossesSentence(between: string): boolean {
  return /[\n“”"「」。！？!?]|\.\s/u.test(between.replace(/^[ \t，,—–-]+/u, ''));
}
