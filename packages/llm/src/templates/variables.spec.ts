import { describe, expect, it } from 'vitest';
import { copyBrief, newsBrief, videoBrief } from '../testing/briefs.js';
import { allowedVariables, briefVariables, checkTemplate, templateVariables } from './variables.js';
import { CONTENT_TYPES } from './variables.js';

const user = 'Write it.\n\n{{ brief_data }}';

describe('allowedVariables / briefVariables', () => {
  it('computes a value for exactly the allowed variables of each type', () => {
    for (const brief of [copyBrief('en'), newsBrief('zh'), videoBrief('en')]) {
      expect(Object.keys(briefVariables(brief)).sort()).toEqual(allowedVariables(brief.contentType).sort());
    }
    for (const t of CONTENT_TYPES) {
      expect(
        templateVariables(t)
          .filter((v) => v.required)
          .map((v) => v.name),
      ).toEqual(['brief_data']);
    }
  });

  it('keeps user text out of every variable but brief_data', () => {
    const briefs = [copyBrief('en'), copyBrief('zh'), newsBrief('en', 'feature'), videoBrief('zh')];
    for (const brief of briefs) {
      const { brief_data, ...rest } = briefVariables(brief);
      expect(brief_data).toContain(JSON.stringify(brief.title));
      const userText = [brief.title, brief.tone, brief.audience, ...brief.facts].filter(
        (s): s is string => !!s,
      );
      for (const value of Object.values(rest)) {
        for (const text of userText) expect(value).not.toContain(text);
      }
    }
    for (const name of ['title', 'tone', 'audience', 'product_name', 'topic', 'call_to_action']) {
      expect(allowedVariables('marketing_copy')).not.toContain(name);
      expect(allowedVariables('video_script')).not.toContain(name);
    }
    // `style` is an enum for news, free text for video.
    expect(allowedVariables('news_draft')).toContain('style');
    expect(allowedVariables('video_script')).not.toContain('style');
  });

  it('computes enums, numbers and units by language', () => {
    expect(briefVariables(copyBrief('en', { framework: 'PAS', channel: 'email' }))).toMatchObject({
      framework: 'PAS',
      channel: 'email',
      channel_name: 'marketing email',
      length_unit: 'words',
      language_name: 'English',
      target_length: '120',
    });
    expect(briefVariables(copyBrief('zh'))).toMatchObject({ length_unit: '字', language_name: '中文' });
    expect(briefVariables(newsBrief('zh', 'feature'))).toMatchObject({
      style: 'feature',
      style_name: '特稿',
      quote_count: '1',
      source_count: '1',
    });
    expect(briefVariables(videoBrief('en', 45))).toMatchObject({
      duration_seconds: '45',
      platform: 'douyin',
      aspect_ratio: '9:16',
    });
  });
});

describe('checkTemplate', () => {
  it('accepts a template with allowed variables and the brief data', () => {
    const r = checkTemplate({
      contentType: 'video_script',
      system: 'A {{ duration_seconds }}s script for {{ platform_name }}.',
      user,
    });
    expect(r).toEqual({
      ok: true,
      unknown: [],
      missingRequired: [],
      misplaced: [],
      syntax: [],
      problems: [],
    });
  });

  it('reports unknown variables, including user-text names and other types’ variables', () => {
    const r = checkTemplate({
      contentType: 'marketing_copy',
      system: 'Tone: {{ tone }}. {{ duration_seconds }} {{ framework }}',
      user: `{{ title }} ${user}`,
    });
    expect(r.ok).toBe(false);
    expect(r.unknown).toEqual(['tone', 'duration_seconds', 'title']);
    expect(r.missingRequired).toEqual([]);
    expect(r.problems.join('\n')).toMatch(/"tone".*inside \{\{ brief_data \}\}/);
  });

  it('requires brief_data in the user text, and only there', () => {
    const missing = checkTemplate({ contentType: 'news_draft', system: 'x', user: 'Write it.' });
    expect(missing.ok).toBe(false);
    expect(missing.missingRequired).toEqual(['brief_data']);

    const inSystem = checkTemplate({ contentType: 'news_draft', system: '{{ brief_data }}', user: 'Go.' });
    expect(inSystem.missingRequired).toEqual(['brief_data']);
    expect(inSystem.misplaced).toEqual(['brief_data']);
  });

  it('reports syntax errors instead of throwing', () => {
    const r = checkTemplate({ contentType: 'news_draft', system: '{{ Style }}', user });
    expect(r.ok).toBe(false);
    expect(r.syntax).toHaveLength(1);
    expect(r.syntax[0]).toMatch(/^system: Malformed placeholder/);
  });
});
