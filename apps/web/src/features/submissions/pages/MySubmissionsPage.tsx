import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmissionTable } from '../components/SubmissionTable';
import { useMySubmissions } from '../hooks';

/** Contributor: their UGC drafts and what became of them. */
export default function MySubmissionsPage() {
  const { t } = useTranslation();
  const submissions = useMySubmissions();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('workflows.submissions.title')}
      </Typography.Title>
      {submissions.error && (
        <ErrorAlert error={submissions.error} onRetry={() => void submissions.refetch()} />
      )}
      <SubmissionTable drafts={submissions.data ?? []} loading={submissions.isLoading} />
    </Flex>
  );
}
