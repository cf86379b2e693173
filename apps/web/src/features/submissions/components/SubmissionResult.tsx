import type { Draft } from '@draftbench/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModerationReasons } from './ModerationReasons';

/** What happened to a just-submitted UGC draft: published at once, or held for a lead. */
export function SubmissionResult({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const held = draft.status === 'held';
  return (
    <Alert
      type={held ? 'warning' : 'success'}
      showIcon
      data-testid="submission-result"
      data-status={draft.status}
      title={t(held ? 'workflows.submit.held' : 'workflows.submit.published')}
      description={held ? <ModerationReasons reasons={draft.moderation?.reasons ?? []} /> : undefined}
    />
  );
}
