import type { Draft } from '@draftbench/contracts';
import { Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DraftCard } from './DraftCard';

/** Drafts side by side, one column each, scrolling sideways when they outnumber the screen. */
export function DraftColumns({ drafts }: { drafts: Draft[] }) {
  const { t } = useTranslation();
  if (drafts.length === 0) return <Empty description={t('briefs.detail.noDrafts')} />;
  return (
    <Flex gap={16} align="start" style={{ overflowX: 'auto', paddingBottom: 8 }} data-testid="draft-columns">
      {drafts.map((draft) => (
        <DraftCard key={draft.id} draft={draft} />
      ))}
    </Flex>
  );
}
