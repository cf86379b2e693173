import type { SafetyRefusal } from '@draftbench/contracts';
import { useTranslation } from 'react-i18next';
import { SafetyVerdictAlert } from './SafetyVerdictAlert';

/** Why the gate refused a job's brief; no model was called. */
export function JobRefusalAlert({ refusal }: { refusal: SafetyRefusal }) {
  const { t } = useTranslation();
  return (
    <SafetyVerdictAlert
      testId="job-refusal"
      verdict={refusal}
      title={t('safety.refused', { category: t(`safety.category.${refusal.category}`) })}
    />
  );
}
