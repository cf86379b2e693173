import { describe, expect, it } from 'vitest';
import { addressSpans } from './layout.js';

const spans = (text: string) => addressSpans(text).map(({ start, end }) => text.slice(start, end));

describe('addressSpans', () => {
  it('finds web and e-mail addresses, in any case', () => {
    expect(spans('See HTTPS://Example.com/2025 or Www.Shop.cn, write to sales.2025@kettle.cn')).toEqual([
      'HTTPS://Example.com/2025',
      'Www.Shop.cn,',
      'sales.2025@kettle.cn',
    ]);
    expect(spans('官网 hTtP://kettle.cn/a1 了解更多')).toEqual(['hTtP://kettle.cn/a1']);
  });

  it('finds none where no address is named', () => {
    expect(spans('Boils 1.5 litres in 3 minutes; 2025 model, www or http alone are words')).toEqual([]);
  });
});
