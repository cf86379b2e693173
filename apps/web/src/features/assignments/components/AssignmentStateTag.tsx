import type { AssignmentState } from '@draftbench/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<AssignmentState, string> = {
  assigned: 'default',
  in_progress: 'processing',
  submitted: 'blue',
  returned: 'warning',
  approved: 'success',
};

export function AssignmentStateTag({ state }: { state: AssignmentState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="assignment-state" data-state={state}>
      {t(`workflows.assignmentState.${state}`)}
    </Tag>
  );
}
