import { detectContexts } from './contexts.js';
import { verdictFrom } from './decide.js';
import { EFFICACY, INSTRUCTION_REQUEST, INSTRUCTION_SHAPE } from './markers.js';
import { normalizeText } from './normalize.js';
import { piiFindings } from './pii-findings.js';
import { type Rule } from './rule.js';
import { EXPOSE_PERSON, RULES } from './rules/index.js';
import { type SignalText, matchSignal, signalScanner } from './signal.js';
import {
  type SafetyContext,
  type SafetyFinding,
  type SafetyStage,
  type SafetyVerdict,
} from '@draftbench/contracts';

export interface CheckOptions {
  /**
   * Where the text is in the pipeline. Outputs and UGC are read as finished text: there, text shaped like
   * instructions (numbered steps, quantities, code) hardens concrete-instruction rules, not only a request
   * for them. Both languages' rules always run — briefs mix languages, and a language label is no defence.
   */
  stage: SafetyStage;
}

interface Hardeners {
  /** Asking for harm that works on real people: cancels every framing. */
  efficacy: string | null;
  /** Asking for (or, in outputs, giving) concrete steps: cancels framings of operational rules. */
  instructions: string | null;
}

// Every rule, framing and marker is loaded by now: one prefilter for all their signals, built at start-up
// (≈ 0.1–0.2 s) rather than on the first text checked.
const scanForSignals = signalScanner();

export function checkText(text: string, { stage }: CheckOptions): SafetyVerdict {
  const normalized = scanForSignals(normalizeText(text));
  const contexts = detectContexts(normalized);
  const hardeners: Hardeners = {
    efficacy: matchSignal(EFFICACY, normalized),
    instructions:
      matchSignal(INSTRUCTION_REQUEST, normalized) ??
      (stage === 'brief' ? null : matchSignal(INSTRUCTION_SHAPE, normalized)),
  };
  const findings = [
    ...RULES.flatMap((rule) => applyRule(rule, normalized, contexts, hardeners)),
    ...piiFindings(normalized.plain, stage, matchSignal(EXPOSE_PERSON, normalized)),
  ];
  return verdictFrom(findings, contexts);
}

function applyRule(
  rule: Rule,
  text: SignalText,
  contexts: readonly SafetyContext[],
  hardeners: Hardeners,
): SafetyFinding[] {
  const evidence: string[] = [];
  for (const s of rule.allOf) {
    const match = matchSignal(s, text);
    if (match === null) return [];
    evidence.push(match);
  }
  const framings = rule.defusedBy.filter((c) => contexts.includes(c));
  const hardener = hardeners.efficacy ?? (rule.operational ? hardeners.instructions : null);
  const defusedBy = hardener === null ? framings : [];
  if (framings.length > 0 && hardener !== null) evidence.push(hardener);
  return [
    {
      category: rule.category,
      decision: defusedBy.length > 0 ? 'allow' : (rule.decision ?? 'refuse'),
      source: 'rules',
      ruleId: rule.id,
      evidence,
      defusedBy,
      reason: rule.reason,
    },
  ];
}
