import { Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AssignmentFacts } from '../components/AssignmentFacts';
import { CorrectMinutesForm } from '../components/CorrectMinutesForm';
import { ReviewActions } from '../components/ReviewActions';
import { ReviewHistory } from '../components/ReviewHistory';
import { useAssignment } from '../hooks';

/** Lead: reads a submitted draft, approves or returns it, and corrects its minutes. */
export default function ReviewDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const assignment = useAssignment(id);
  if (assignment.error)
    return <ErrorAlert error={assignment.error} onRetry={() => void assignment.refetch()} />;
  if (!assignment.data) return <Spin description={t('common.loading')} />;
  const { draft, state, reviews, minutes } = assignment.data;
  return (
    <Flex vertical gap={16} data-testid="review-page">
      <Link to="/review">{t('workflows.review.back')}</Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('workflows.review.detailTitle')}
      </Typography.Title>
      <Card>
        <AssignmentFacts assignment={assignment.data} />
      </Card>
      <Card title={t('workflows.review.draft')}>
        <Typography.Paragraph data-testid="review-draft-body" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {draft?.body || t('workflows.review.noDraft')}
        </Typography.Paragraph>
      </Card>
      {state === 'submitted' && (
        <Card title={t('workflows.review.decide')}>
          <ReviewActions assignmentId={id} />
        </Card>
      )}
      <ReviewHistory reviews={reviews} />
      <Card title={t('workflows.review.correctTitle')}>
        <CorrectMinutesForm assignmentId={id} minutes={minutes} />
      </Card>
    </Flex>
  );
}
