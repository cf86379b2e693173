import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAssignments, useEditors } from '../hooks';
import { AssignForm } from './AssignForm';
import { AssignmentTable } from './AssignmentTable';

/** Lead, on a brief: assign it to an editor, and follow its assignments. */
export function BriefAssignmentsPanel({ briefId, open }: { briefId: string; open: boolean }) {
  const { t } = useTranslation();
  const assignments = useAssignments({ briefId });
  const editors = useEditors();
  const names = new Map((editors.data ?? []).map((user) => [user.id, user.displayName]));
  return (
    <Card title={t('workflows.assign.title')} data-testid="assignments-panel">
      <Flex vertical gap={16}>
        {open && <AssignForm briefId={briefId} />}
        {assignments.error && (
          <ErrorAlert error={assignments.error} onRetry={() => void assignments.refetch()} />
        )}
        <AssignmentTable
          testId="brief-assignments"
          assignments={assignments.data ?? []}
          loading={assignments.isLoading}
          columns={['editor', 'state', 'dueAt', 'minutes']}
          editorName={(id) => names.get(id) ?? id}
          linkTo={(a) => `/review/${a.id}`}
          empty={t('workflows.assign.empty')}
        />
      </Flex>
    </Card>
  );
}
