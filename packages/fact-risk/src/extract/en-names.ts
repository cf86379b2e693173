import { type NameClaim } from '../claim.js';
import { EN_SPEECH_VERBS } from './speech.js';
import { allMatches } from '../text/all-matches.js';

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'sir', 'dame']);

/** Capitalised words that say what someone does, not who they are: they separate names, never join them. */
const ROLE_WORDS = new Set(
  `ceo cto cfo coo cmo cio chief executive officer president vice chairman chairwoman chair director manager
  founder co-founder cofounder head senior lead minister secretary spokesperson spokesman spokeswoman analyst
  general deputy mayor governor senator editor reporter engineer researcher scientist doctor nurse coach
  captain principal dean partner commissioner ambassador product marketing sales operations technology
  global regional research brand communications customer community associate assistant junior
  representative officials official expert host narrator`.split(/\s+/u),
);

/** Words that start sentences; capitalised there, they are not the first word of a name. */
const SENTENCE_WORDS = new Set(
  `a an the this that these those there here it its it's i we our you your they their he she his her
  my me us them who what when where why how which whose whether if then than so but and or nor yet also
  as at by for from in into of on onto to with within without about above after against along among
  around before behind below beneath beside besides between beyond despite during except inside like
  near off outside over past since through throughout toward towards under unlike until up upon via
  all any both each every few many more most much no none not only other some such one two three
  however meanwhile moreover furthermore therefore thus today yesterday tomorrow now later earlier
  still just even already soon recently finally first second third next last then once again
  according while although though because unless whatever whenever wherever
  meet say get discover enjoy try shop order buy grab experience introducing imagine stay keep make take
  let join find see watch tap click swipe follow check ready need want tired hello goodbye
  welcome thanks thank please yes no wow hey hi oh new now limited free best big great small good
  is are was were be been being do does did have has had can could will would shall should may might must
  don't doesn't didn't can't won't isn't aren't wasn't weren't`.split(/\s+/u),
);

const MONTHS_AND_DAYS = new Set(
  `january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/u),
);

const SPOKE_AFTER = new RegExp(
  String.raw`^,?\s+(?:has\s+|had\s+|also\s+|later\s+)?${EN_SPEECH_VERBS}\b`,
  'iu',
);
const SPOKE_BEFORE = new RegExp(
  String.raw`\b(?:${EN_SPEECH_VERBS}|according to|data from|report by|study by|survey by|led by)\s+$`,
  'iu',
);
const ROLE_NOUN = String.raw`(?:ceo|cto|cfo|coo|chief|founder|co-founder|president|director|manager|head|professor|analyst|analysts|spokesperson|researcher|researchers|scientist|scientists|engineer|chair|chairman|partner|editor|minister|mayor|expert|experts|doctor|doctors|lead|economist|economists|fellow|executive|officer|reporter)`;
const APPOSITIVE_ROLE = new RegExp(
  String.raw`^,\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?${ROLE_NOUN}\b`,
  'iu',
);
/** "analyst at Gartner", "former lead at Spotify": an organisation someone works for. */
const ROLE_AT = new RegExp(String.raw`\b${ROLE_NOUN}\s+(?:at|of|from|with)\s+(?:the\s+)?$`, 'iu');
/** "…" — Jenna: the name a quotation is signed with. */
const DASH_ATTRIBUTION = /["”][ \t]*[—–-]+[ \t]*$/u;
/** "including Shopify and Canva", "such as IKEA, Lego or Nike": names listed as examples. */
const LISTED =
  /\b(?:including|such as)\s+(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*,?\s+)*(?:and\s+|or\s+)?$/u;

/** A capitalised word (Acme, O'Brien, Jean-Luc, iPhone, USB-C), an initial (J.) or a title with its dot. */
const WORD = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr)\.|[A-Z]\.|[A-Z][\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}\d]+)*|[a-z][A-Z][\p{L}\p{M}]*)`;
const CONNECTOR = String.raw`(?:of|for|de|van|von|der|la|le|the|&)`;
const SEQUENCE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’\-])${WORD}(?:[ \t]${CONNECTOR})*(?:[ \t]${WORD}(?:[ \t]${CONNECTOR})*)*`,
  'gu',
);

const LINE_LABEL = /^[ \t]*(?:[#>*-]+[ \t]*)?(?:[A-Z][\w-]*(?:[ \t][\w-]+){0,3}|\[[^\]\n]{1,40}\])[ \t]*:/u;

/**
 * English names of people and organisations: runs of capitalised words that are not just the capital at
 * the start of a sentence ("Sarah Chen", "World Health Organization"), split where a title or role stands
 * between them ("Acme Robotics CEO Jane Doe"); a single capitalised word only next to a title or role
 * ("Dr. Li", "CEO Zhang") or where `isAnchored` says so. Headline-case lines and "Label:" prefixes are
 * skipped.
 */
export function extractEnglishNames(text: string): NameClaim[] {
  return allMatches(text, SEQUENCE).flatMap((match) => toNames(text, match.index, match[0]));
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

function toNames(text: string, at: number, run: string): NameClaim[] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd);
  if (isHeadline(line)) return [];
  const label = LINE_LABEL.exec(line);
  const labelEnd = label ? lineStart + label[0].length : lineStart;
  let tokens = tokenize(run, at).filter((token) => token.start >= labelEnd);
  // A month or a weekday ends a run: "Acme Robotics Monday" is a name and a day.
  const cut = tokens.findIndex((token, i) => i > 0 && MONTHS_AND_DAYS.has(bare(token.word)));
  if (cut > 0) tokens = tokens.slice(0, cut);
  const first = tokens[0];
  if (!first) return [];
  let optionalLead = false;
  if (isSentenceStart(text, first.start, labelEnd)) {
    if (SENTENCE_WORDS.has(bare(first.word)) || MONTHS_AND_DAYS.has(bare(first.word)))
      tokens = tokens.slice(1);
    else optionalLead = tokens.length > 1;
  }
  // Titles and roles separate names: "Acme Robotics CEO Jane Doe" names a company and a person.
  const claims: NameClaim[] = [];
  let segment: Token[] = [];
  let afterRole = false;
  let title: Token | undefined;
  const close = (beforeRole: boolean) => {
    const nameTokens = trimConnectors(segment);
    const head = nameTokens[0];
    const tail = nameTokens.at(-1);
    const leads = optionalLead && head === tokens[0];
    segment = [];
    if (!head || !tail || nameTokens.some((token) => MONTHS_AND_DAYS.has(bare(token.word)))) return;
    const single = nameTokens.filter((token) => !isConnector(token.word)).length === 1;
    if (single && (leads || !(afterRole || beforeRole || isAnchored(text, head.start, tail.end)))) return;
    const rest = leads ? trimConnectors(nameTokens.slice(1))[0] : undefined;
    const start = title && title.end <= head.start ? title.start : head.start;
    claims.push({
      kind: 'name',
      start,
      end: tail.end,
      text: text.slice(start, tail.end),
      name: text.slice(head.start, tail.end),
      ...(rest && { alternatives: [text.slice(rest.start, tail.end)] }),
    });
  };
  for (const token of tokens) {
    const word = bare(token.word);
    if (!TITLES.has(word) && !ROLE_WORDS.has(word)) {
      if (segment.length === 0 && isConnector(token.word)) continue;
      segment.push(token);
      continue;
    }
    close(true);
    afterRole = true;
    title = TITLES.has(word) ? token : undefined;
  }
  close(false);
  return claims;
}

function tokenize(run: string, at: number): Token[] {
  return allMatches(run, /\S+/gu).map((match) => ({
    word: match[0],
    start: at + match.index,
    end: at + match.index + match[0].length,
  }));
}

const bare = (word: string) =>
  word
    .toLowerCase()
    .replace(/\.$/u, '')
    .replace(/['’]s$/u, '');
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`, 'u');
const isConnector = (word: string) => CONNECTOR_WORD.test(word);

function trimConnectors(tokens: readonly Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && isConnector(tokens[from]?.word ?? '')) from += 1;
  while (to > from && isConnector(tokens[to - 1]?.word ?? '')) to -= 1;
  return tokens.slice(from, to);
}

function isSentenceStart(text: string, at: number, lineContentStart: number): boolean {
  if (at <= lineContentStart) return true;
  const before = text.slice(lineContentStart, at).trimEnd();
  if (/^[ \t]*(?:[#>*•-]+[ \t]*)?$/u.test(before)) return true;
  if (/[!?:;"“‘([—–]$/u.test(before)) return true;
  // A full stop ends a sentence unless it ends a title or an initial ("Dr.", "J.").
  return (
    /\.$/u.test(before) &&
    !/(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Inc|Co|Corp|Ltd|No|vs)|\b[A-Z])\.$/u.test(before)
  );
}

/**
 * A single capitalised word is a name when it speaks or is cited ("Chen said", "according to Gartner"),
 * when someone works there ("analyst at Gartner"), when it is listed as an example ("including Canva"),
 * or when it signs a quotation ("…" — Jenna).
 */
function isAnchored(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 80), start);
  return (
    SPOKE_AFTER.test(after) ||
    SPOKE_BEFORE.test(before) ||
    APPOSITIVE_ROLE.test(after) ||
    ROLE_AT.test(before) ||
    LISTED.test(before) ||
    DASH_ATTRIBUTION.test(before)
  );
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'vs',
]);

/** Title case through a line of three or more words without a full stop: a headline, where capitals say nothing. */
function isHeadline(line: string): boolean {
  const content = line.replace(LINE_LABEL, '').trim();
  if (/[.!?。！？]$/u.test(content)) return false;
  const allWords = content.split(/\s+/u).filter((word) => /^\p{L}/u.test(word));
  const words = allWords.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  if (allWords.length < 3 || words.length === 0) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}
