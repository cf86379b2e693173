import { Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AssignmentEditor } from '../components/AssignmentEditor';
import { AssignmentFacts } from '../components/AssignmentFacts';
import { ReviewHistory } from '../components/ReviewHistory';
import { useAssignment } from '../hooks';

/** Editor: writes the PGC draft of one assignment. */
export default function AssignmentEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const assignment = useAssignment(id);
  if (assignment.error)
    return <ErrorAlert error={assignment.error} onRetry={() => void assignment.refetch()} />;
  if (!assignment.data) return <Spin description={t('common.loading')} />;
  return (
    <Flex vertical gap={16} data-testid="assignment-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('workflows.editor.title')}
      </Typography.Title>
      <Card>
        <AssignmentFacts assignment={assignment.data} />
      </Card>
      <ReviewHistory reviews={assignment.data.reviews} />
      <Card>
        {/* Not keyed by state: a save moves a returned assignment to in progress, and must not remount. */}
        <AssignmentEditor assignment={assignment.data} />
      </Card>
    </Flex>
  );
}
