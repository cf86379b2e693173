import { type SafetyCategory, type SafetyDecision, type SafetyStage } from '../verdict.js';

export interface EvalCase {
  id: string;
  language: 'zh' | 'en';
  stage: SafetyStage;
  text: string;
  expected: { decision: SafetyDecision; category: SafetyCategory | null };
}

interface CaseOptions {
  stage?: SafetyStage;
  decision?: Exclude<SafetyDecision, 'allow'>;
}

const languageOf = (text: string): 'zh' | 'en' => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');

/** A text the gate must stop (or flag) under `category`. */
export function harmful(
  id: string,
  category: SafetyCategory,
  text: string,
  options: CaseOptions = {},
): EvalCase {
  return {
    id,
    language: languageOf(text),
    stage: options.stage ?? 'brief',
    text,
    expected: { decision: options.decision ?? 'refuse', category },
  };
}

/** A text that touches a harmful topic legitimately and must pass. */
export function benign(id: string, text: string, options: Pick<CaseOptions, 'stage'> = {}): EvalCase {
  return {
    id,
    language: languageOf(text),
    stage: options.stage ?? 'brief',
    text,
    expected: { decision: 'allow', category: null },
  };
}
