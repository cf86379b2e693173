import { describe, expect, it } from 'vitest';
import { Brief, BriefCreate } from './briefs.js';

const copy = {
  contentType: 'marketing_copy',
  language: 'zh',
  title: '  极光电水壶  ',
  targetLength: 120,
  fields: { productName: '极光电水壶', category: '厨房电器', sellingPoints: ['三分钟烧开'] },
};

describe('BriefCreate', () => {
  it('applies the documented defaults and trims text', () => {
    const brief = BriefCreate.parse(copy);
    expect(brief.title).toBe('极光电水壶');
    expect(brief.facts).toEqual([]);
    if (brief.contentType !== 'marketing_copy') throw new Error('wrong type');
    expect(brief.fields).toMatchObject({
      framework: 'AIDA',
      channel: 'ecommerce_detail',
      mustSay: [],
      mustNotSay: [],
    });
  });

  it('validates the fields of the content type it names', () => {
    const result = BriefCreate.safeParse({ ...copy, contentType: 'video_script' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['fields.topic', 'fields.durationSeconds', 'fields.callToAction']),
    );
  });

  it('rejects an unknown content type, language, and out-of-range lengths', () => {
    expect(BriefCreate.safeParse({ ...copy, contentType: 'poem' }).error?.issues[0]?.path).toEqual([
      'contentType',
    ]);
    expect(BriefCreate.safeParse({ ...copy, language: 'fr' }).success).toBe(false);
    expect(BriefCreate.safeParse({ ...copy, targetLength: 0 }).success).toBe(false);
    expect(BriefCreate.safeParse({ ...copy, targetLength: 5001 }).success).toBe(false);
    expect(BriefCreate.safeParse({ ...copy, title: '   ' }).success).toBe(false);
  });

  it('accepts a news brief with 5W1H facts, sources and quotes', () => {
    const news = BriefCreate.parse({
      contentType: 'news_draft',
      language: 'en',
      title: 'Bridge reopens',
      targetLength: 300,
      fields: {
        headlineIdea: 'City bridge reopens after repairs',
        facts: { what: 'The Elm Street bridge reopened', when: 'Monday' },
        sources: [{ name: 'City hall press release', url: 'https://example.org/release' }],
        quotes: [{ speaker: 'Jane Doe', role: 'mayor', text: 'A safer crossing.' }],
      },
    });
    if (news.contentType !== 'news_draft') throw new Error('wrong type');
    expect(news.fields.style).toBe('wire');
    expect(
      BriefCreate.safeParse({
        ...news,
        fields: { ...news.fields, sources: [{ name: 'x', url: 'not a url' }] },
      }).success,
    ).toBe(false);
  });

  it('bounds video durations to 5–600 seconds', () => {
    const video = {
      ...copy,
      contentType: 'video_script',
      fields: { topic: 'Kettle', callToAction: 'Buy now', durationSeconds: 30 },
    };
    expect(BriefCreate.parse(video).contentType).toBe('video_script');
    expect(BriefCreate.safeParse({ ...video, fields: { ...video.fields, durationSeconds: 4 } }).success).toBe(
      false,
    );
    expect(
      BriefCreate.safeParse({ ...video, fields: { ...video.fields, durationSeconds: 601 } }).success,
    ).toBe(false);
  });
});

describe('Brief', () => {
  it('requires the stored metadata', () => {
    const stored = {
      ...BriefCreate.parse(copy),
      id: crypto.randomUUID(),
      status: 'open',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    };
    expect(Brief.parse(stored).id).toBe(stored.id);
    expect(Brief.safeParse({ ...stored, status: 'archived' }).success).toBe(false);
  });
});
