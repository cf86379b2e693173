import { BriefCreate } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { briefFacts } from './brief-facts.js';

describe('briefFacts', () => {
  it('collects every text field of a news brief, with quotes and the people it names', () => {
    const facts = briefFacts(
      BriefCreate.parse({
        contentType: 'news_draft',
        language: 'en',
        title: 'Bike lanes',
        targetLength: 300,
        audience: 'commuters',
        facts: ['Vote was 7-2'],
        fields: {
          headlineIdea: 'Council approves bike lanes',
          facts: { who: 'Riverside City Council', what: 'approved 12 miles of lanes' },
          sources: [{ name: 'Council minutes', url: 'https://example.com/minutes/2025-03-11' }],
          quotes: [{ speaker: 'Daniel Ortiz', role: 'Mayor', text: 'Safer streets are not a luxury.' }],
          angle: 'safety first',
        },
      }),
    );
    expect(facts.texts).toEqual([
      'Bike lanes',
      'commuters',
      'Vote was 7-2',
      'Council approves bike lanes',
      'Riverside City Council',
      'approved 12 miles of lanes',
      'Council minutes',
      'Daniel Ortiz（Mayor）：“Safer streets are not a luxury.”',
      'safety first',
    ]);
    expect(facts.people).toEqual(['Daniel Ortiz', 'Riverside City Council']);
    expect(facts.quotes).toHaveLength(1);
  });

  it('states a video script duration in seconds and leaves out settings', () => {
    const facts = briefFacts(
      BriefCreate.parse({
        contentType: 'video_script',
        language: 'zh',
        title: '短视频',
        targetLength: 100,
        fields: { topic: '挂脖风扇', platform: 'douyin', durationSeconds: 45, callToAction: '点击小黄车' },
      }),
    );
    expect(facts.texts).toEqual(['短视频', '挂脖风扇', '45秒 (45 seconds)', '点击小黄车']);
  });
});
