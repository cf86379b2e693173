import type { CopyChannel, CopyFramework, Language } from '@draftbench/contracts';
import type { Phrase } from './bank.js';

/**
 * Phrase banks of the rule-based copy generator, per language and framework stage. Slots: {name}
 * (product), {category}, {audience}/{Audience}, {point}/{Point} (one selling point), {fact}.
 * No absolute claims ("best", "最", "第一"): Chinese advertising law forbids them and they read as spam.
 */
export interface StageBank {
  /** The stage's opening sentence (one is picked). */
  core: readonly Phrase[];
  /** Wordings that present one selling point; used by the stage that carries the points. */
  point?: readonly string[];
  /** Extra sentences built from the brief's own points and facts. */
  pool: readonly string[];
  /** Brief-independent connective phrasing, used once the brief-derived lines run out. */
  generic: readonly string[];
}

export type Stage =
  | 'attention'
  | 'interest'
  | 'desire'
  | 'action'
  | 'problem'
  | 'agitate'
  | 'solution'
  | 'features'
  | 'advantages'
  | 'benefits';

export const FRAMEWORK_STAGES: Record<CopyFramework, readonly Stage[]> = {
  AIDA: ['attention', 'interest', 'desire', 'action'],
  PAS: ['problem', 'agitate', 'solution'],
  FAB: ['features', 'advantages', 'benefits'],
};

/** The stage that lists the selling points, and the one that carries the must-say lines. */
export const POINT_STAGE: Record<CopyFramework, Stage> = {
  AIDA: 'interest',
  PAS: 'solution',
  FAB: 'features',
};
export const MUST_SAY_STAGE: Record<CopyFramework, Stage> = {
  AIDA: 'desire',
  PAS: 'solution',
  FAB: 'benefits',
};

type Banks = Record<Stage, StageBank>;

const EN: Banks = {
  attention: {
    core: [
      ['Meet {name}, the {category} that earns its place.', 'Meet {name}.'],
      ['Looking for a better {category}? Say hello to {name}.', 'Meet {name}.'],
      ['There is a new standard for {category}, and it is called {name}.', 'Meet {name}.'],
      ['{Audience}, this one is for you: {name}.', 'Meet {name}.'],
    ],
    pool: [
      '{name} is not just another {category}.',
      'One look at {name} and you will see why.',
      '{name} rethinks what a {category} can do.',
      'Here is a {category} built around {audience}.',
    ],
    generic: ['Take a closer look.', 'It starts here.', 'Worth a second look.'],
  },
  interest: {
    core: [['Here is what makes it different.', 'Look closer.']],
    point: [
      '{Point}.',
      'First, {point}.',
      'Here is what stands out: {point}.',
      'On top of that: {point}.',
      'Also worth knowing: {point}.',
    ],
    pool: [
      'Look closer and you find this: {point}.',
      'The detail that matters: {point}.',
      '{name} delivers on it: {point}.',
      'Think about it: {point}.',
      'Good to know: {fact}.',
      'One more thing: {fact}.',
    ],
    generic: ['Every detail has a job to do.', 'Nothing is there just for show.', 'Simple.'],
  },
  desire: {
    core: [
      ['Made for {audience}, {name} fits right into your day.', 'You will love it.'],
      ['Picture your day with {name} in it.', 'You will love it.'],
      ['Once you try {name}, the old way feels slow.', 'You will love it.'],
    ],
    pool: [
      'Imagine it: {point}, every single day.',
      'With {name}, this is yours: {point}.',
      '{Audience} deserve a {category} like this.',
      'That is what a {category} should feel like.',
    ],
    generic: [
      'It feels good to get it right.',
      'You will wonder how you managed without it.',
      'Small change, big difference.',
      'Yes, really.',
    ],
  },
  action: {
    core: [['Ready when you are.', 'Ready?']],
    pool: ['{name} is ready when you are.', 'Do not wait to upgrade your {category}.'],
    generic: ['Now is a good time.', 'Try it.'],
  },
  problem: {
    core: [
      ['Tired of a {category} that falls short?', 'Tired of settling?'],
      ['{Audience} know the feeling: the usual {category} falls short.', 'Tired of settling?'],
      ['Why does every {category} seem to come with a catch?', 'Tired of settling?'],
    ],
    pool: [
      'Most {category} options cannot promise this: {point}.',
      'You want this, and rarely get it: {point}.',
    ],
    generic: ['It is a familiar problem.', 'You are not alone.'],
  },
  agitate: {
    core: [
      ['And every day you put up with it, it costs you time, money and patience.', 'It adds up.'],
      ['The longer you live with it, the more it gets in the way.', 'It adds up.'],
    ],
    pool: [
      'You end up working around your {category} instead of the other way round.',
      'Going without this, {point}, gets old fast.',
    ],
    generic: [
      'Meanwhile, the little frustrations keep piling up.',
      'It should not be this hard.',
      'Why settle?',
    ],
  },
  solution: {
    core: [
      ['{name} solves it.', '{name} solves it.'],
      ['Enter {name}, the {category} that fixes this.', 'Enter {name}.'],
    ],
    point: ['{Point}.', 'For a start, {point}.', 'And {point}.', 'Plus: {point}.', 'What is more, {point}.'],
    pool: ['That is the fix: {point}.', '{name} takes care of it: {point}.', 'Good to know: {fact}.'],
    generic: ['Problem solved.', 'No more workarounds.', 'It just works.'],
  },
  features: {
    core: [['Here is what you get.', 'What you get:']],
    point: ['{Point}.', 'It comes with this: {point}.', 'Built in: {point}.', 'Also included: {point}.'],
    pool: ['Feature in focus: {point}.', 'Spec note: {fact}.', 'Take note: {point}.'],
    generic: ['Every feature earns its place.', 'No filler features.'],
  },
  advantages: {
    core: [
      ['Compared with the usual {category}, {name} does more with less fuss.', 'It simply does more.'],
      ['That puts {name} a step ahead of the typical {category}.', 'It simply does more.'],
    ],
    pool: ['Because of this, {point}, {name} stays a step ahead.', 'This sets it apart: {point}.'],
    generic: ['Less hassle, more result.', 'Fewer compromises.', 'It shows.'],
  },
  benefits: {
    core: [
      ['For {audience}, that means more time for what matters.', 'You gain time.'],
      ['For you, that means more time for what matters.', 'You gain time.'],
    ],
    pool: ['The result for you: {point}, every day.', 'What you feel is the difference: {point}.'],
    generic: ['It just makes life easier.', 'You notice it every day.', 'Worth it.'],
  },
};

const ZH: Banks = {
  attention: {
    core: [
      ['还在为选{category}发愁？{name}来了！', '{name}来了！'],
      ['全新{name}，重新定义{category}。', '{name}来了！'],
      ['{audience}，这款{category}专为你打造：{name}。', '{name}来了！'],
    ],
    pool: [
      '{name}，不只是一款普通的{category}。',
      '看一眼{name}，你就明白了。',
      '这款{category}，值得你停下来看看。',
      '懂{category}的{audience}，都在关注它。',
    ],
    generic: ['先别急着划走。', '值得一看。', '从这里开始。'],
  },
  interest: {
    core: [['它的不同之处在这里。', '细看。']],
    point: [
      '{point}。',
      '首先，{point}。',
      '亮点在这里：{point}。',
      '不仅如此，{point}。',
      '还有，{point}。',
    ],
    pool: [
      '细看之下，{point}。',
      '关键在于：{point}。',
      '{name}做到了：{point}。',
      '再说一点：{point}。',
      '小知识：{fact}。',
      '值得一提：{fact}。',
    ],
    generic: ['每个细节都有用心。', '没有一处多余。', '简单。'],
  },
  desire: {
    core: [
      ['专为{audience}设计，{name}轻松融入你的日常。', '你会爱上它。'],
      ['想象一下，有{name}陪伴的每一天。', '你会爱上它。'],
      ['用过{name}，就再也回不去了。', '你会爱上它。'],
    ],
    pool: [
      '想象一下：{point}，天天如此。',
      '有了{name}，{point}。',
      '{audience}值得拥有这样的{category}。',
      '这才是{category}该有的样子。',
    ],
    generic: ['用对了，感觉就是不一样。', '小改变，大不同。', '真的。'],
  },
  action: {
    core: [['心动不如行动。', '行动吧。']],
    pool: ['{name}已准备好，就等你了。', '别再将就，升级你的{category}。'],
    generic: ['现在正是时候。', '试试看。'],
  },
  problem: {
    core: [
      ['还在忍受不给力的{category}吗？', '还在将就吗？'],
      ['{audience}都懂：普通的{category}总差一点。', '还在将就吗？'],
      ['为什么每款{category}总有让人不满意的地方？', '还在将就吗？'],
    ],
    pool: ['市面上很多{category}做不到这一点：{point}。', '你想要的，往往得不到：{point}。'],
    generic: ['这是个老问题。', '你并不孤单。'],
  },
  agitate: {
    core: [
      ['每将就一天，浪费的都是你的时间、金钱和耐心。', '越拖越糟。'],
      ['问题拖得越久，麻烦就越多。', '越拖越糟。'],
    ],
    pool: ['{category}不顺手，你只能迁就它。', '缺了这一点——{point}——迟早让人受不了。'],
    generic: ['小麻烦一天天累积。', '本不该这么难。', '何必将就？'],
  },
  solution: {
    core: [
      ['{name}，正是答案。', '{name}，正是答案。'],
      ['{name}来解决这个问题。', '{name}来解决。'],
    ],
    point: ['{point}。', '首先，{point}。', '而且，{point}。', '另外，{point}。', '更重要的是，{point}。'],
    pool: ['问题就这样解决了：{point}。', '{name}帮你搞定：{point}。', '小知识：{fact}。'],
    generic: ['问题解决。', '不用再凑合。', '就是好用。'],
  },
  features: {
    core: [['你能得到这些。', '配置一览：']],
    point: ['{point}。', '配备：{point}。', '内置：{point}。', '另有：{point}。'],
    pool: ['功能聚焦：{point}。', '参数说明：{fact}。', '请注意：{point}。'],
    generic: ['每项功能都有用武之地。', '没有凑数的功能。'],
  },
  advantages: {
    core: [
      ['和普通{category}相比，{name}更省心、更好用。', '更省心。'],
      ['这让{name}领先于一般的{category}。', '更省心。'],
    ],
    pool: ['正因为{point}，{name}领先一步。', '与众不同之处：{point}。'],
    generic: ['少折腾，多成效。', '少一点妥协。', '差别看得见。'],
  },
  benefits: {
    core: [
      ['对{audience}来说，这意味着把时间留给更重要的事。', '省下的是时间。'],
      ['对你来说，这意味着把时间留给更重要的事。', '省下的是时间。'],
    ],
    pool: ['你得到的是：{point}，天天如此。', '每天都能感受到：{point}。'],
    generic: ['生活就这样变轻松了。', '每天都感受得到。', '值得。'],
  },
};

export const COPY_BANKS: Record<Language, Banks> = { en: EN, zh: ZH };

/** The closing call to action, by channel: what the reader should do where they read it. */
export const CTA: Record<Language, Record<CopyChannel, Phrase>> = {
  en: {
    ecommerce_detail: ['Add {name} to your cart today.', 'Order now.'],
    social_post: ['Tap the link to try {name}. {tags}', 'Try it.'],
    ad_headline: ['{name}. Get yours today.', 'Get yours.'],
    email: ['Click the button below to get {name}.', 'Click below.'],
    landing_page: ['Start with {name} today.', 'Start today.'],
  },
  zh: {
    ecommerce_detail: ['现在就把{name}加入购物车吧。', '立即下单。'],
    social_post: ['点击链接，把{name}带回家。{tags}', '点链接。'],
    ad_headline: ['{name}，即刻拥有。', '即刻拥有。'],
    email: ['点击下方按钮，立即领取{name}。', '点击下方按钮。'],
    landing_page: ['立即开始体验{name}。', '立即体验。'],
  },
};

/** Email copy opens with a greeting; other channels go straight in. */
export const GREETING: Record<Language, Phrase> = { en: ['Hi there!', 'Hi!'], zh: ['你好！', '你好！'] };

export const MUST_SAY: Record<Language, readonly string[]> = {
  en: ['Remember: {term}.', 'And yes: {term}.', 'Our promise: {term}.'],
  zh: ['记住：{term}。', '划重点：{term}。', '我们的承诺：{term}。'],
};
