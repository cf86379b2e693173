import { Alert, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useBrief } from '../../briefs/hooks';
import { AssistedEditor } from '../components/AssistedEditor';
import { useDraft } from '../hooks';

/**
 * `/drafts/:id/assisted`: for an AI draft, starts an AI-assisted edit of it; for an AI-assisted
 * draft, continues that edit against its parent AI draft.
 */
export default function AssistedEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const draft = useDraft(id);
  const child = draft.data?.origin === 'ai_assisted' ? draft.data : null;
  const parent = useDraft(child ? child.parentDraftId : null);
  const parentDraft = child ? parent.data : draft.data;
  const brief = useBrief(draft.data?.briefId ?? '');

  const error = draft.error ?? parent.error;
  if (error) return <ErrorAlert error={error} onRetry={() => void draft.refetch()} />;
  if (draft.data && draft.data.origin !== 'aigc' && draft.data.origin !== 'ai_assisted')
    return <Alert type="warning" showIcon data-testid="not-ai-draft" title={t('workflows.assisted.notAi')} />;
  if (!parentDraft || !brief.data) return <Spin description={t('common.loading')} />;

  return (
    <Flex vertical gap={16} data-testid="assisted-page">
      <Link to={`/briefs/${parentDraft.briefId}`} data-testid="assisted-back">
        {t('workflows.assisted.back', { title: brief.data.title })}
      </Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('workflows.assisted.title')}
      </Typography.Title>
      {/* One editor per AI draft: it stays mounted when the first save moves the address to the child. */}
      <AssistedEditor
        key={parentDraft.id}
        parent={parentDraft}
        child={child}
        language={brief.data.language}
      />
    </Flex>
  );
}
