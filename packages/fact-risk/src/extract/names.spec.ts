import { describe, expect, it } from 'vitest';
import { type NameClaim } from '../claim.js';
import { extractClaims } from './claims.js';

const names = (text: string) =>
  extractClaims(text)
    .filter((claim): claim is NameClaim => claim.kind === 'name')
    .map((claim) => claim.name);

describe('English names', () => {
  it.each([
    ['The study was led by Sarah Chen last year.', ['Sarah Chen']],
    ['We spoke with Dr. Li about it.', ['Li']],
    ['Shares in Acme Robotics rose.', ['Acme Robotics']],
    ['It was approved by the World Health Organization in May.', ['World Health Organization']],
    ['Chen said the plan works.', ['Chen']],
    ['"It works," said Chen.', ['Chen']],
    ['According to Gartner, demand grew.', ['Gartner']],
    ['said Chief Executive Laura Bennett.', ['Laura Bennett']],
    ['a former lead at Spotify', ['Spotify']],
    ['teams including Shopify and Canva', ['Shopify', 'Canva']],
    ['"Great stay." – Jenna, Austin', ['Jenna']],
    ['It was said by Acme Robotics CEO Jane Doe.', ['Acme Robotics', 'Jane Doe']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Today we launch. However, nothing changes.'],
    ['We love Shenzhen in the spring.'],
    ['# Acme Launches New Phone With Longer Battery'],
    ['VO: Meet your new favourite fan.'],
    ["Neon sign: ROSA'S\nVO: hello"],
    ['On Monday, sales rose in March.'],
  ])('finds no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps the reading without the first word when a run starts a sentence', () => {
    const [claim] = extractClaims('Presenting AcmePods Pro, our best buds.').filter((c) => c.kind === 'name');
    expect(claim).toMatchObject({ name: 'Presenting AcmePods Pro', alternatives: ['AcmePods Pro'] });
    const [ofRun] = extractClaims('Shares of Acme Robotics rose.').filter((c) => c.kind === 'name');
    expect(ofRun).toMatchObject({ alternatives: ['Acme Robotics'] });
  });
});

describe('Chinese names', () => {
  it.each([
    ['张伟表示，产品将于下月上市。', ['张伟']],
    ['李明也说，这是好事。', ['李明']],
    ['董事长王建国在发布会上宣布。', ['王建国']],
    ['神经内科主任医师黄静介绍', ['黄静']],
    ['王芳教授认为', ['王芳']],
    ['苹果公司CEO蒂姆·库克表示', ['苹果公司', '蒂姆·库克']],
    ['据中国汽车工业协会统计', ['中国汽车工业协会']],
    ['据IDC数据显示', ['IDC']],
    ['市场研究机构Counterpoint预计', ['Counterpoint']],
    ['《2025年中国消费报告》指出', ['2025年中国消费报告']],
    ['首席执行官蒂姆·库克在会上说', ['蒂姆·库克']],
    ['团队正与宁德时代开展合作', ['宁德时代']],
    ['，特斯拉中国位列第二', ['特斯拉中国']],
    ['欧阳明轩表示，诸葛亮说', ['欧阳明轩', '诸葛亮']],
    ['董事长司马光在会上宣布', ['司马光']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads a surname with a title as a reference to someone named elsewhere', () => {
    const [claim] = extractClaims('市民陈女士说').filter((c): c is NameClaim => c.kind === 'name');
    expect(claim).toMatchObject({ name: '陈', surnameOnly: true, text: '陈女士' });
  });

  it.each([
    ['他表示，公司方面表示同意。'],
    ['一家科技公司和该集团都在增长。'],
    ['同比增长高达18%'],
    ['马上表示'],
    ['教练全程指导，古人认为'],
    ['预计年底前全部完工，逾期财务部不予受理，去年公司亏损'],
    ['该公司宣布，双方将开展合作'],
  ])('finds no name in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
