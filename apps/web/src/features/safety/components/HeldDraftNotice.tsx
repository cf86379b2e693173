import type { SafetyCheck } from '@draftbench/contracts';
import { useTranslation } from 'react-i18next';
import { heldTitleKey } from '../model';
import { SafetyVerdictAlert } from './SafetyVerdictAlert';

/** Why the gate holds a draft for a lead. */
export function HeldDraftNotice({ check }: { check: SafetyCheck }) {
  const { t } = useTranslation();
  const category = check.verdict.category ? t(`safety.category.${check.verdict.category}`) : '';
  return (
    <SafetyVerdictAlert
      testId="held-notice"
      verdict={check.verdict}
      moderation={check.moderation}
      title={t(heldTitleKey(check), { category })}
    />
  );
}
