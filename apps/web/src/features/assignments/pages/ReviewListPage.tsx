import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AssignmentTable } from '../components/AssignmentTable';
import { useAssignments, useEditors } from '../hooks';

/** Lead: the drafts submitted for review. */
export default function ReviewListPage() {
  const { t } = useTranslation();
  const assignments = useAssignments({ state: 'submitted' });
  const editors = useEditors();
  const names = new Map((editors.data ?? []).map((user) => [user.id, user.displayName]));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('workflows.review.title')}
      </Typography.Title>
      {assignments.error && (
        <ErrorAlert error={assignments.error} onRetry={() => void assignments.refetch()} />
      )}
      <AssignmentTable
        testId="review-list"
        assignments={assignments.data ?? []}
        loading={assignments.isLoading}
        columns={['brief', 'editor', 'submittedAt', 'minutes']}
        editorName={(id) => names.get(id) ?? id}
        linkTo={(a) => `/review/${a.id}`}
        empty={t('workflows.review.empty')}
      />
    </Flex>
  );
}
