import { describe, expect, it } from 'vitest';
import { randomText, seededRandom } from './testing/random.js';
import { applyDiff, diffTexts, type TextDiff, toParts } from './text-diff.js';
import { type Language, tokenize } from './tokenize.js';

function join(diff: TextDiff, ops: readonly string[]): string {
  return diff.parts
    .filter((part) => ops.includes(part.op))
    .map((part) => part.text)
    .join('');
}

/** Every invariant a stored diff must keep. */
function expectWellFormed(before: string, after: string, language: Language): TextDiff {
  const diff = diffTexts(before, after, language);
  expect(applyDiff(before, diff)).toBe(after);
  expect(join(diff, ['equal', 'delete'])).toBe(before);
  expect(join(diff, ['equal', 'insert'])).toBe(after);
  diff.parts.forEach((part, i) => {
    expect(part.text).not.toBe('');
    if (i > 0) expect(part.op).not.toBe(diff.parts[i - 1]?.op);
  });
  const count = (op: string) =>
    diff.parts
      .filter((part) => part.op === op)
      .reduce((sum, part) => sum + tokenize(part.text, language).length, 0);
  expect(diff.insertedTokens).toBe(count('insert'));
  expect(diff.deletedTokens).toBe(count('delete'));
  const parsed = JSON.parse(JSON.stringify(diff)) as TextDiff;
  expect(parsed).toEqual(diff);
  expect(applyDiff(before, parsed)).toBe(after);
  return diff;
}

describe('diffTexts', () => {
  it('diffs zh by character', () => {
    const diff = expectWellFormed('今天天气很好', '今天天气不错', 'zh');
    expect(diff).toEqual({
      language: 'zh',
      parts: [
        { op: 'equal', text: '今天天气' },
        { op: 'delete', text: '很好' },
        { op: 'insert', text: '不错' },
      ],
      insertedTokens: 2,
      deletedTokens: 2,
    });
  });

  it('diffs en by word, keeping whitespace', () => {
    const diff = expectWellFormed('the quick brown fox', 'the  quick red fox!', 'en');
    expect(diff.parts.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: ' ' },
      { op: 'insert', text: '  ' },
      { op: 'delete', text: 'brown' },
      { op: 'insert', text: 'red' },
      { op: 'insert', text: '!' },
    ]);
    expect(diff.insertedTokens).toBe(1);
    expect(diff.deletedTokens).toBe(1);
  });

  it('keeps emoji whole in zh diffs', () => {
    const diff = expectWellFormed('好👍', '好👎', 'zh');
    expect(diff.parts).toEqual([
      { op: 'equal', text: '好' },
      { op: 'delete', text: '👍' },
      { op: 'insert', text: '👎' },
    ]);
  });

  it('gives one equal part for identical texts and none for two empty ones', () => {
    expect(expectWellFormed('今天天气很好', '今天天气很好', 'zh').parts).toEqual([
      { op: 'equal', text: '今天天气很好' },
    ]);
    expect(expectWellFormed('', '', 'en')).toEqual({
      language: 'en',
      parts: [],
      insertedTokens: 0,
      deletedTokens: 0,
    });
    expect(expectWellFormed('', 'new text', 'en').parts).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(expectWellFormed('旧文本', '', 'zh').parts).toEqual([{ op: 'delete', text: '旧文本' }]);
  });

  it('round-trips mixed zh/en text with emoji, newlines and odd spacing', () => {
    const before = '新品发布：AI写作助手 v2.0 上线！\n\n  支持 English & 中文，👍🏽 Don’t miss it.';
    const after = '新品发布 — AI 写作助手 v2.1 正式上线。\n支持English、中文 和 日本語 👨‍👩‍👧 Don’t miss out!\n';
    for (const language of ['zh', 'en'] as const) expectWellFormed(before, after, language);
  });

  it('round-trips random texts in both languages', () => {
    const random = seededRandom(99);
    const alphabet = ['今', '天', '气', ' ', '  ', '\n', '，', 'the ', 'fox', '.', '😀', '👍🏽', "don't ", '-'];
    for (let round = 0; round < 300; round++) {
      const before = randomText(random, alphabet, Math.floor(random() * 40));
      const after = randomText(random, alphabet, Math.floor(random() * 40));
      const language = round % 2 === 0 ? 'zh' : 'en';
      expectWellFormed(before, after, language);
    }
  });
});

describe('toParts', () => {
  it('drops empty changes and merges adjacent changes of the same op', () => {
    const change = (value: string, op?: 'added' | 'removed') => ({
      value,
      added: op === 'added',
      removed: op === 'removed',
    });
    expect(
      toParts([
        change('今天'),
        change(''),
        change('天气'),
        change('很', 'removed'),
        change('', 'added'),
        change('好', 'removed'),
        change('不', 'added'),
        change('错', 'added'),
      ]),
    ).toEqual([
      { op: 'equal', text: '今天天气' },
      { op: 'delete', text: '很好' },
      { op: 'insert', text: '不错' },
    ]);
  });
});

describe('applyDiff', () => {
  it('refuses a diff made from another text', () => {
    const diff = diffTexts('今天天气很好', '今天天气不错', 'zh');
    expect(() => applyDiff('明天天气很好', diff)).toThrow(/does not apply/);
    expect(() => applyDiff('今天天气很好吗', diff)).toThrow(/does not apply/);
    expect(() => applyDiff('今天天气很', diff)).toThrow(/does not apply/);
  });
});
