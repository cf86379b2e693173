import { describe, expect, it } from 'vitest';
import { labelledText } from './provenance.js';

const scene = { index: 1, seconds: 3, shot: 'Close-up', onScreenText: 'New!', voiceOver: 'Meet the kettle.' };

describe('labelledText', () => {
  it('puts the notice first in news, last in copy, on screen in the first scene of a video', () => {
    expect(labelledText({ body: 'Story.', scenes: null }, 'news_draft', 'en', 'ai_generated').body).toBe(
      '[AI-generated]\n\nStory.',
    );
    expect(
      labelledText({ body: '好水壶。', scenes: null }, 'marketing_copy', 'zh', 'ai_assisted_human_edited')
        .body,
    ).toBe('好水壶。\n\n【本内容由人工智能辅助生成，经人工编辑】');
    const video = labelledText(
      { body: 'Meet the kettle.', scenes: [scene, { ...scene, index: 2 }] },
      'video_script',
      'zh',
      'ai_generated',
    );
    expect(video.scenes?.[0]?.onScreenText).toBe('本内容由人工智能生成 | New!');
    expect(video.scenes?.[1]?.onScreenText).toBe('New!');
    expect(video.body.startsWith('【本内容由人工智能生成】')).toBe(true);
  });

  it('leaves human texts as they are', () => {
    const text = { body: 'Written by a person.', scenes: null };
    expect(labelledText(text, 'news_draft', 'en', 'human')).toBe(text);
  });
});
