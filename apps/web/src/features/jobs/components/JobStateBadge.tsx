import type { JobState } from '@draftbench/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<JobState, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  refused: 'warning',
  cancelled: 'default',
};

export function JobStateBadge({ state }: { state: JobState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="job-state" data-state={state}>
      {t(`jobState.${state}`)}
    </Tag>
  );
}
