import { type Claim, type DateValue, type NameClaim, type QuantityClaim, type QuoteClaim } from './claim.js';
import { type FactRiskReason } from '@draftbench/contracts';
import { formatDate } from './support/dates.js';
import { type QuoteVerdict } from './support/quotes.js';
import { claimValue } from './values.js';

/** The claim as written, with its normalised value when that reads differently: “3.5万” (35000). */
function shown(claim: Claim, language: 'zh' | 'en'): string {
  const value = claimValue(claim);
  const quoted = `“${claim.text}”`;
  if (value.replace(/\s/gu, '') === claim.text.replace(/\s/gu, '')) return quoted;
  return language === 'zh' ? `${quoted}（${value}）` : `${quoted} (${value})`;
}

const SORT_EN = { number: 'figure', percentage: 'percentage', money: 'amount' } as const;
const SORT_ZH = { number: '数字', percentage: '比例', money: '金额' } as const;

export function quantityReason(claim: QuantityClaim, nearest: QuantityClaim | undefined): FactRiskReason {
  const en = `The brief does not give the ${SORT_EN[claim.kind]} ${shown(claim, 'en')}.`;
  const zh = `简报中没有${shown(claim, 'zh')}这一${SORT_ZH[claim.kind]}。`;
  if (!nearest) return { en, zh };
  return {
    en: `${en} The closest in the brief is “${nearest.text}”.`,
    zh: `${zh}简报中最接近的是“${nearest.text}”。`,
  };
}

export function dateReason(claim: Claim, briefDates: readonly DateValue[]): FactRiskReason {
  const en = `The brief gives no date matching ${shown(claim, 'en')}.`;
  const zh = `简报中没有与${shown(claim, 'zh')}相符的日期。`;
  const listed = [...new Set(briefDates.map(formatDate))].slice(0, 5);
  if (listed.length === 0) return { en: `${en} The brief states no dates.`, zh: `${zh}简报中没有给出日期。` };
  return {
    en: `${en} Dates in the brief: ${listed.join(', ')}.`,
    zh: `${zh}简报中的日期：${listed.join('、')}。`,
  };
}

export function nameReason(claim: NameClaim): FactRiskReason {
  if (claim.surnameOnly) {
    return {
      en: `The brief names nobody with the surname ${claim.name} (“${claim.text}”).`,
      zh: `简报中没有姓${claim.name}的人物（“${claim.text}”）。`,
    };
  }
  return { en: `The brief does not mention “${claim.name}”.`, zh: `简报中没有提到“${claim.name}”。` };
}

export function quoteReason(
  claim: QuoteClaim,
  verdict: Exclude<QuoteVerdict, { supported: true }>,
): FactRiskReason {
  if (verdict.reason === 'misattributed') {
    return {
      en: `The brief attributes this quotation to ${verdict.briefSpeaker}, not ${claim.speaker ?? 'the speaker named here'}.`,
      zh: `简报中这段话出自${verdict.briefSpeaker}，而非${claim.speaker ?? '草稿所说的人'}。`,
    };
  }
  if (claim.speaker) {
    return {
      en: `This quotation is not in the brief; the draft attributes it to ${claim.speaker}.`,
      zh: `简报中没有这段引语（草稿称出自${claim.speaker}）。`,
    };
  }
  return { en: 'This quotation is not in the brief.', zh: '简报中没有这段引语。' };
}
