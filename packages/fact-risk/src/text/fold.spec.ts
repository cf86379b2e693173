import { describe, expect, it } from 'vitest';
import { foldWidth, letterKey, wordKey } from './fold.js';

describe('foldWidth', () => {
  it('maps full-width digits and symbols to ASCII without changing the length', () => {
    const text = '售价１２９９．５元，优惠３０％';
    const folded = foldWidth(text);
    expect(folded).toBe('售价1299.5元，优惠30%');
    expect(folded).toHaveLength(text.length);
  });
});

describe('letterKey', () => {
  it('ignores spacing, punctuation, quotation marks and case', () => {
    expect(letterKey('“我们会继续投入， 研发！”')).toBe(letterKey('我们会继续投入研发'));
    expect(letterKey('We will  keep investing.')).toBe('wewillkeepinvesting');
  });
});

describe('wordKey', () => {
  it('keeps word boundaries so containment is whole-word', () => {
    expect(wordKey("Acme's CEO, Jane Doe.")).toBe(' acme ceo jane doe ');
    expect(wordKey(' acme ceo jane doe ').includes(wordKey('Jane Do'))).toBe(false);
  });
});
