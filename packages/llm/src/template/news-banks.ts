import type { Language } from '@draftbench/contracts';

/**
 * Phrase banks of the rule-based news writer. They hold connective phrasing only: no numbers, names,
 * dates or claims of their own, so every fact in a draft comes from the brief.
 */
export interface NewsBank {
  featureOpening: readonly string[];
  who: readonly string[];
  why: readonly string[];
  how: readonly string[];
  angle: readonly string[];
  fact: readonly string[];
  /** Restatements used to grow the body from the brief's own facts. */
  bodyPool: readonly string[];
  backgroundPool: readonly string[];
  generic: readonly string[];
  sources: string;
  listSep: string;
}

export const NEWS_BANKS: Record<Language, NewsBank> = {
  en: {
    featureOpening: [
      'Consider what is happening in {where}.',
      'This is a story about {who}.',
      'The story starts in {where}.',
      'At the centre of this story is {who}.',
    ],
    who: ['The story involves {who}.', 'Those involved: {who}.'],
    why: ['Why it matters: {why}.', 'The reason given: {why}.'],
    how: ['How it happened: {how}.', 'As for how: {how}.'],
    angle: ['This report looks at {angle}.', 'The focus here: {angle}.'],
    fact: ['{Fact}.', 'For context, {fact}.', 'Also relevant: {fact}.', 'Background: {fact}.'],
    bodyPool: [
      'To restate the key point: {whoWhat}.',
      'In short, {whoWhat}.',
      'Put simply, the reason is this: {why}.',
      'On the question of why: {why}.',
      'On the question of how: {how}.',
      'The method, in brief: {how}.',
      'The location: {where}.',
      'The timing: {when}.',
      'The people and organisations involved: {who}.',
    ],
    backgroundPool: [
      'It is also worth noting that {fact}.',
      'Another point for context: {fact}.',
      'Readers may also note: {fact}.',
      'In addition, {fact}.',
    ],
    generic: [
      'The details are set out below.',
      'Each point in this report is drawn from the sources listed.',
      'No further details were included in the material for this report.',
      'More follows.',
      'Details follow.',
    ],
    sources: 'Sources: {list}.',
    listSep: '; ',
  },
  zh: {
    featureOpening: [
      '先从{where}说起。',
      '这是一个关于{who}的故事。',
      '故事发生在{where}。',
      '这个故事的主角是{who}。',
    ],
    who: ['涉及方：{who}。', '相关方为{who}。'],
    why: ['原因在于：{why}。', '为什么？{why}。'],
    how: ['具体做法是：{how}。', '至于如何进行：{how}。'],
    angle: ['本文关注的是{angle}。', '本文聚焦：{angle}。'],
    fact: ['{fact}。', '背景：{fact}。', '此外，{fact}。', '另外值得一提：{fact}。'],
    bodyPool: [
      '再说一遍要点：{whoWhat}。',
      '简而言之，{whoWhat}。',
      '说到原因：{why}。',
      '原因再梳理一下：{why}。',
      '说到方式：{how}。',
      '具体方式概括为：{how}。',
      '地点：{where}。',
      '时间：{when}。',
      '涉及的人和机构：{who}。',
    ],
    backgroundPool: [
      '还需要注意的是，{fact}。',
      '补充背景：{fact}。',
      '读者或许还想知道：{fact}。',
      '另外，{fact}。',
    ],
    generic: [
      '具体情况如下。',
      '本文信息均来自文末所列来源。',
      '目前材料中没有更多细节。',
      '详情如下。',
      '后续待补充。',
    ],
    sources: '消息来源：{list}。',
    listSep: '；',
  },
};
