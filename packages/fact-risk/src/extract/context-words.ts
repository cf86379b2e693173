import { type Approximation } from '../claim.js';

/** Hedges written before a figure, longest first so 将近 wins over 近. */
const PREFIX_HEDGES: readonly (readonly [RegExp, Approximation])[] = [
  [/(?:约合|大约|大概|约|差不多)\s*$/u, 'about'],
  [/(?:超过|多于|高于|逾|超|至少|不少于)\s*$/u, 'over'],
  [/(?:将近|接近|近|不到|不足|少于|低于|最多|最高|不超过)\s*$/u, 'under'],
  [/\b(?:about|around|approximately|roughly|some|close to)\s+$/iu, 'about'],
  [/\b(?:over|more than|at least|upwards of|above|exceeding)\s+$/iu, 'over'],
  [/\b(?:nearly|almost|under|less than|fewer than|below|up to)\s+$/iu, 'under'],
  [/[~≈]\s*$/u, 'about'],
  [/(?:>|≥)\s*$/u, 'over'],
  [/(?:<|≤)\s*$/u, 'under'],
];

/** Hedges written right after a figure or its unit. */
const SUFFIX_HEDGES: readonly (readonly [RegExp, Approximation])[] = [
  [/^(?:多|余|来|\+)/u, 'over'],
  [/^\s*(?:以上|出头|or more)/u, 'over'],
  [/^\s*(?:以下|以内)/u, 'under'],
  [/^\s*(?:左右|上下|or so)/u, 'about'],
];

export function hedgeBefore(before: string): Approximation | undefined {
  return PREFIX_HEDGES.find(([pattern]) => pattern.test(before))?.[1];
}

/** The hedge at the start of `after`. */
export function hedgeAfter(after: string): Approximation | undefined {
  return SUFFIX_HEDGES.find(([pattern]) => pattern.test(after))?.[1];
}

/** Chinese classifiers: a numeral before one of these counts things ("三十家门店"), with no unit. */
export const CLASSIFIERS = new Set([
  ...'个家款种位名人次件项台部辆架艘条只头支张份套组批所座栋间户篇本首场届轮期类颗枚笔单例起宗口盒瓶袋箱节堂集章页道层回遍趟段句棵株朵片粒根双对副顶把杯碗包罐桶',
]);
