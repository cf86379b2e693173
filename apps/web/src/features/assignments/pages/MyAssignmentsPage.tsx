import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AssignmentTable } from '../components/AssignmentTable';
import { useAssignments } from '../hooks';

/** Editor: the briefs assigned to them. */
export default function MyAssignmentsPage() {
  const { t } = useTranslation();
  const assignments = useAssignments({ mine: 'true' });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('workflows.assignments.title')}
      </Typography.Title>
      {assignments.error && (
        <ErrorAlert error={assignments.error} onRetry={() => void assignments.refetch()} />
      )}
      <AssignmentTable
        testId="my-assignments"
        assignments={assignments.data ?? []}
        loading={assignments.isLoading}
        columns={['brief', 'state', 'dueAt', 'minutes']}
        linkTo={(a) => `/assignments/${a.id}`}
        empty={t('workflows.assignments.empty')}
      />
    </Flex>
  );
}
