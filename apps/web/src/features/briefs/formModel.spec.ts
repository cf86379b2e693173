import { BriefCreate } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { parseDottedPath, toBriefInput, toFormName } from './formModel';

describe('toBriefInput', () => {
  it('turns one-per-line text into lists and blanks into absent fields', () => {
    const input = toBriefInput({
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Spring kettle',
      targetLength: 80,
      tone: '  ',
      facts: 'Boils in 90 s\n\n 1.7 litres ',
      marketing_copy: {
        productName: 'Kettle',
        category: 'Kitchen',
        sellingPoints: 'Fast\nQuiet\n',
        brandVoice: '',
      },
      // Fields of another content type are ignored.
      video_script: { topic: 'Unused', durationSeconds: 30 },
    });
    const parsed = BriefCreate.parse(input);
    expect(parsed).toMatchObject({
      contentType: 'marketing_copy',
      facts: ['Boils in 90 s', '1.7 litres'],
      fields: { sellingPoints: ['Fast', 'Quiet'], mustSay: [], channel: 'ecommerce_detail' },
    });
    expect(parsed.tone).toBeUndefined();
    expect(parsed.contentType === 'marketing_copy' && parsed.fields.brandVoice).toBeUndefined();
  });

  it('drops empty news source and quote rows', () => {
    const input = toBriefInput({
      contentType: 'news_draft',
      language: 'zh',
      title: '发布会',
      targetLength: 500,
      news_draft: {
        headlineIdea: '新品',
        facts: { what: '发布', who: '' },
        sources: [{}, { name: '官网', url: '' }],
        quotes: [{}],
      },
    });
    expect(BriefCreate.parse(input)).toMatchObject({
      fields: { facts: { what: '发布' }, sources: [{ name: '官网' }], quotes: [] },
    });
  });
});

describe('toFormName', () => {
  it('maps body paths to the form fields of the content type', () => {
    expect(toFormName(['fields', 'sellingPoints', 2], 'marketing_copy')).toEqual([
      'marketing_copy',
      'sellingPoints',
    ]);
    expect(toFormName(['facts', 0], 'news_draft')).toEqual(['facts']);
    expect(toFormName(['fields', 'facts', 'what'], 'news_draft')).toEqual(['news_draft', 'facts', 'what']);
    expect(toFormName(parseDottedPath('fields.sources.1.url'), 'news_draft')).toEqual([
      'news_draft',
      'sources',
      1,
      'url',
    ]);
    expect(toFormName(['targetLength'], 'video_script')).toEqual(['targetLength']);
  });
});
