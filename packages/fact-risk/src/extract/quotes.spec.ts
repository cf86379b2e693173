import { describe, expect, it } from 'vitest';
import { type QuoteClaim } from '../claim.js';
import { extractClaims } from './claims.js';

const quotes = (text: string, script = false) =>
  extractClaims(text, { script }).filter((claim): claim is QuoteClaim => claim.kind === 'quote');

describe('quotations', () => {
  it('finds the speaker before a colon or after the quotation', () => {
    expect(quotes('市交通运输局副局长王明表示：“夜间线路将覆盖主要医院。”')).toMatchObject([
      { quote: '夜间线路将覆盖主要医院。', speaker: '王明' },
    ]);
    expect(quotes('"We are thrilled with the results," said Dr. Sarah Chen.')).toMatchObject([
      { quote: 'We are thrilled with the results,', speaker: 'Sarah Chen' },
    ]);
    expect(quotes('「这是我们最好的一年。」张伟说。')).toMatchObject([{ speaker: '张伟' }]);
  });

  it('takes the speaker from a line label', () => {
    expect(quotes('李华：“我们明年还会再来。”')).toMatchObject([{ speaker: '李华' }]);
  });

  it('needs a speech verb, a colon or a dash to tie a name to a quotation', () => {
    expect(quotes('被中国家用电器协会评为“年度推荐产品”。')).toEqual([]);
    expect(quotes('"I cook at home four nights a week now." – Jenna, Austin')).toMatchObject([
      { speaker: 'Jenna' },
    ]);
  });

  it('does not take a name from the next line as the speaker', () => {
    expect(quotes('王明说：“会覆盖医院。”\n专家李华指出，这很及时。')).toMatchObject([{ speaker: '王明' }]);
  });

  it('reads short quoted terms, slogans and script lines as ordinary text', () => {
    expect(quotes('这就是“黑科技”。')).toEqual([]);
    expect(quotes('广告语：“轻装上阵，说走就走，快乐出发”')).toEqual([]);
    expect(quotes('Try the "smart mode" button.')).toEqual([]);
    expect(quotes('VO: "Your commute shouldn\'t feel like a sauna, right?"')).toEqual([]);
  });

  it('counts unattributed quotations that speak in the first person or in sentences', () => {
    expect(quotes('“我用了一个月，皮肤明显变好了。”')).toHaveLength(1);
    expect(quotes('"I will never go back to supermarket beans."')).toHaveLength(1);
  });

  it('in a script, counts only quotations cited from a named person', () => {
    const script =
      '“姐妹们，暗沉肌真的要试试这瓶！我用了一个月。”\n主持人：据民警刘强介绍，“老年人最容易受骗。”';
    expect(quotes(script, true)).toMatchObject([{ speaker: '刘强' }]);
  });
});
