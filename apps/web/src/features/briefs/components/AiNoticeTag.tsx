import type { ProvenanceLabel } from '@draftbench/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The explicit notice every AI or AI-assisted text carries where it is shown (DESIGN §6). */
export function AiNoticeTag({ label }: { label: ProvenanceLabel }) {
  const { t } = useTranslation();
  if (label === 'human') return null;
  return (
    <Tag
      color="purple"
      variant="outlined"
      data-testid="draft-ai-notice"
      data-label={label}
      style={{ alignSelf: 'start' }}
    >
      {label === 'ai_generated' ? t('drafts.aiNotice') : t('drafts.aiAssistedNotice')}
    </Tag>
  );
}
