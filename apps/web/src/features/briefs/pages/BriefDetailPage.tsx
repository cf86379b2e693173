import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { BriefAssignmentsPanel } from '../../assignments/components/BriefAssignmentsPanel';
import { useCan } from '../../auth/hooks';
import { GeneratePanel } from '../../jobs/components/GeneratePanel';
import { SubmitDraftPanel } from '../../submissions/components/SubmitDraftPanel';
import { BriefSummary } from '../components/BriefSummary';
import { OriginColumns } from '../components/OriginColumns';
import { useBrief, useBriefDrafts } from '../hooks';

export default function BriefDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const showDrafts = can('viewDrafts');
  const brief = useBrief(id);
  const drafts = useBriefDrafts(id, { enabled: showDrafts });

  if (brief.error) return <ErrorAlert error={brief.error} onRetry={() => void brief.refetch()} />;
  if (!brief.data) return <Spin description={t('common.loading')} />;

  return (
    <Flex vertical gap={16}>
      <BriefSummary brief={brief.data} />
      {can('generate') && <GeneratePanel briefId={id} />}
      {can('assignBrief') && <BriefAssignmentsPanel briefId={id} open={brief.data.status === 'open'} />}
      {can('submitUgc') && brief.data.status === 'open' && <SubmitDraftPanel briefId={id} />}
      {showDrafts && (
        <Flex vertical gap={16} data-testid="drafts-section">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('briefs.detail.drafts')}
          </Typography.Title>
          {drafts.error && <ErrorAlert error={drafts.error} onRetry={() => void drafts.refetch()} />}
          {drafts.data ? (
            <OriginColumns drafts={drafts.data} brief={brief.data} />
          ) : (
            !drafts.error && <Spin />
          )}
        </Flex>
      )}
    </Flex>
  );
}
