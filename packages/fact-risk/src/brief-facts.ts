import { type BriefCreate } from '@draftbench/contracts';

export interface BriefQuote {
  readonly speaker: string;
  readonly role?: string;
  readonly text: string;
}

/** What a brief says, as the checker reads it. */
export interface BriefFacts {
  /** Every text field that states something a draft may repeat. */
  readonly texts: readonly string[];
  /** The news quotes with their speakers, to check who a draft says spoke. */
  readonly quotes: readonly BriefQuote[];
  /** People the brief names in fields made for people (quote speakers, "who"). */
  readonly people: readonly string[];
}

/**
 * The facts of a brief: all its text fields, whatever the content type. Left out: `mustNotSay` (words the
 * draft must avoid, so never support), enum settings (channel, framework, platform, style) and source URLs.
 * A video script's duration is stated in seconds, as a script would say it.
 */
export function briefFacts(brief: BriefCreate): BriefFacts {
  const common = [brief.title, brief.tone, brief.audience, ...brief.facts];
  switch (brief.contentType) {
    case 'marketing_copy': {
      const { productName, category, sellingPoints, brandVoice, mustSay } = brief.fields;
      return facts([...common, productName, category, ...sellingPoints, brandVoice, ...mustSay], [], []);
    }
    case 'news_draft': {
      const { headlineIdea, facts: news, sources, quotes, angle } = brief.fields;
      const quoteTexts = quotes.map(
        ({ speaker, role, text }) => `${speaker}${role ? `（${role}）` : ''}：“${text}”`,
      );
      return facts(
        [
          ...common,
          headlineIdea,
          news.who,
          news.what,
          news.when,
          news.where,
          news.why,
          news.how,
          ...sources.map((source) => source.name),
          ...quoteTexts,
          angle,
        ],
        quotes,
        [...quotes.map((quote) => quote.speaker), ...(news.who ? [news.who] : [])],
      );
    }
    case 'video_script': {
      const { topic, durationSeconds, style, callToAction } = brief.fields;
      const duration = `${durationSeconds}秒 (${durationSeconds} seconds)`;
      return facts([...common, topic, duration, style, callToAction], [], []);
    }
  }
}

function facts(
  texts: readonly (string | undefined)[],
  quotes: readonly BriefQuote[],
  people: readonly string[],
): BriefFacts {
  return {
    texts: texts.filter((text): text is string => text !== undefined && text.trim() !== ''),
    quotes,
    people,
  };
}
