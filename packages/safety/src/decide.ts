import {
  type SafetyCategory,
  type SafetyContext,
  type SafetyDecision,
  type SafetyFinding,
  type SafetyVerdict,
} from './verdict.js';

const SEVERITY: Record<SafetyDecision, number> = { refuse: 2, flag: 1, allow: 0 };

/** Which category speaks first when one text trips several: the gravest harm. */
const CATEGORY_ORDER: readonly SafetyCategory[] = [
  'sexual_minors',
  'violence_weapons',
  'self_harm',
  'malware_intrusion',
  'fraud_phishing',
  'illegal_goods',
  'hate_harassment',
  'personal_data',
];

function compare(a: SafetyFinding, b: SafetyFinding): number {
  return (
    SEVERITY[b.decision] - SEVERITY[a.decision] ||
    CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
    Number(a.source === 'moderation') - Number(b.source === 'moderation')
  );
}

/** The verdict is the most severe finding; defused findings stay listed so a reviewer sees what was considered. */
export function verdictFrom(
  findings: readonly SafetyFinding[],
  contexts: readonly SafetyContext[],
): SafetyVerdict {
  const sorted = [...findings].sort(compare);
  const top = sorted[0];
  const decided = top !== undefined && top.decision !== 'allow' ? top : undefined;
  return {
    decision: decided?.decision ?? 'allow',
    category: decided?.category ?? null,
    reason: decided?.reason ?? null,
    evidence: decided?.evidence ?? [],
    contexts: [...contexts],
    findings: sorted,
  };
}
