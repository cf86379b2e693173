import type { DraftStatus } from '@draftbench/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<DraftStatus, string> = {
  draft: 'default',
  pending_review: 'processing',
  held: 'warning',
  published: 'success',
  rejected: 'error',
};

export function DraftStatusTag({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="draft-status" data-status={status}>
      {t(`workflows.draftStatus.${status}`)}
    </Tag>
  );
}
