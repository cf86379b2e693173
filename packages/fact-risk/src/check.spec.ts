import { BriefCreate, type BriefCreateInput } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { briefSupport, checkDraft, checkFactRisk } from './check.js';
import { FactRiskFlag } from '@draftbench/contracts';

const newsBrief = (input: Partial<Extract<BriefCreateInput, { contentType: 'news_draft' }>> = {}) =>
  BriefCreate.parse({
    contentType: 'news_draft',
    language: 'zh',
    title: '城市夜间公交线路调整',
    targetLength: 800,
    facts: ['新增 3 条夜间线路', '调整自 7 月 1 日起实施'],
    fields: {
      headlineIdea: '本市 7 月起新增三条夜间公交线路',
      facts: {
        who: '市交通运输局',
        what: '新增 3 条夜间公交线路',
        when: '2025 年 7 月 1 日起',
        where: '主城区',
      },
      quotes: [{ speaker: '王明', role: '市交通运输局副局长', text: '夜间线路将覆盖主要医院和交通枢纽。' }],
    },
    ...input,
  });

const flagged = (draft: string, brief: BriefCreate) => checkFactRisk(draft, brief).map((flag) => flag.text);

describe('checkFactRisk', () => {
  it('flags a figure a news draft invents, and nothing it takes from the brief', () => {
    const draft =
      '市交通运输局宣布，自2025年7月1日起，主城区新增3条夜间公交线路，预计每晚服务乘客1.2万人次。\n' +
      '副局长王明表示：“夜间线路将覆盖主要医院和交通枢纽。”';
    const flags = checkFactRisk(draft, newsBrief());
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'number', text: '1.2万', value: '12000' });
    expect(flags[0]?.reason.en).toContain('1.2万');
    expect(flags[0]?.reason.zh).toContain('1.2万');
  });

  it('reads a brief again when its content changes, however often the same brief was checked', () => {
    const draft = '市交通运输局宣布，主城区新增3条夜间公交线路，预计每晚服务乘客1.2万人次。';
    for (let i = 0; i < 3; i++) expect(flagged(draft, newsBrief())).toEqual(['1.2万']);
    const supported = newsBrief({ facts: ['新增 3 条夜间线路', '每晚服务乘客约 1.2 万人次'] });
    expect(flagged(draft, supported)).toEqual([]);
    expect(flagged(draft, newsBrief())).toEqual(['1.2万']);
  });

  it('flags an invented figure in an English news draft', () => {
    const brief = BriefCreate.parse({
      contentType: 'news_draft',
      language: 'en',
      title: 'Results',
      targetLength: 300,
      fields: {
        headlineIdea: 'Northwind posts record revenue',
        facts: { who: 'Northwind Energy', what: 'full-year revenue of $4.2 billion, up 11%' },
      },
    });
    expect(
      flagged('Northwind Energy reported revenue of $4.2 billion, up 11%, and hired 1,500 people.', brief),
    ).toEqual(['1,500']);
  });

  it('returns flags that satisfy the schema and point at their text', () => {
    const draft =
      '据IDC统计，售价￥1299，增长百分之三十五，专家李华说：“明年还会再涨价。”发布于2025年3月5日。';
    const flags = checkFactRisk(draft, newsBrief());
    expect(flags.map((flag) => [flag.kind, flag.text])).toEqual([
      ['name', 'IDC'],
      ['money', '￥1299'],
      ['percentage', '百分之三十五'],
      ['name', '李华'],
      ['quote', '“明年还会再涨价。”'],
      ['date', '2025年3月5日'],
    ]);
    for (const flag of flags) {
      expect(FactRiskFlag.parse(flag)).toEqual(flag);
      expect(draft.slice(flag.start, flag.end)).toBe(flag.text);
    }
  });

  it('accepts the brief facts written another way', () => {
    const brief = newsBrief({ facts: ['日均客流 35,000 人次', '满意度 30%', '票价 2 元'] });
    const draft = '7月1日起，3条新线路开通，日均客流3.5万人次，满意度百分之三十，票价2元。';
    expect(flagged(draft, brief)).toEqual([]);
  });

  it('flags a quotation the brief gives to someone else, and not the figures inside a quotation', () => {
    const draft = '专家李华说：“夜间线路将覆盖主要医院和交通枢纽。”王明表示：“三年内还将新增10条线路。”';
    const flags = checkFactRisk(draft, newsBrief());
    expect(flags.map((flag) => [flag.kind, flag.text])).toEqual([
      ['name', '李华'],
      ['quote', '“夜间线路将覆盖主要医院和交通枢纽。”'],
      ['quote', '“三年内还将新增10条线路。”'],
    ]);
    expect(flags[1]?.reason.en).toBe('The brief attributes this quotation to 王明, not 李华.');
  });

  it('does not count the words a draft must avoid as support', () => {
    const brief = BriefCreate.parse({
      contentType: 'marketing_copy',
      language: 'zh',
      title: '风扇文案',
      targetLength: 200,
      fields: {
        productName: '清风挂脖风扇',
        category: '小家电',
        sellingPoints: ['续航 12 小时'],
        mustNotSay: ['销量第一，月销 10 万台'],
      },
    });
    expect(flagged('续航12小时，月销10万台！', brief)).toEqual(['10万']);
  });

  it('reads a video script duration as a supported figure and its shot timings as direction', () => {
    const brief = BriefCreate.parse({
      contentType: 'video_script',
      language: 'zh',
      title: '风扇短视频',
      targetLength: 100,
      fields: { topic: '挂脖风扇', platform: 'douyin', durationSeconds: 30, callToAction: '点击小黄车' },
    });
    expect(flagged('【0-3秒】开场\n旁白：“热吗？”30秒带你认识它，续航12小时。', brief)).toEqual(['12小时']);
  });

  it('checks many drafts against one reading of the brief', () => {
    const support = briefSupport(newsBrief());
    expect(checkDraft('新增3条线路', support)).toEqual([]);
    expect(checkDraft('新增4条线路', support).map((flag) => flag.text)).toEqual(['4']);
  });
});
