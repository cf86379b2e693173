import type { Brief, Draft } from '@draftbench/contracts';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DraftActions } from '../../assisted/components/DraftActions';
import { AiNoticeTag } from './AiNoticeTag';
import { DraftAuthor } from './DraftAuthor';
import { DraftMetrics } from './DraftMetrics';
import { DraftStatusTag } from './DraftStatusTag';
import { FlaggedBody } from './FlaggedBody';
import { OriginTag } from './OriginTag';
import { ProvenanceActions } from './ProvenanceActions';
import { SceneTable } from './SceneTable';

export function DraftCard({
  draft,
  brief,
}: {
  draft: Draft;
  brief: Pick<Brief, 'contentType' | 'language'>;
}) {
  const { t } = useTranslation();
  return (
    <Card
      data-testid="draft-card"
      data-draft-id={draft.id}
      data-origin={draft.origin}
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <OriginTag origin={draft.origin} />
          {draft.variant !== null && <span>{t('drafts.variant', { number: draft.variant + 1 })}</span>}
          <DraftStatusTag status={draft.status} />
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <DraftAuthor author={draft.author} />
        <AiNoticeTag label={draft.provenance.label} />
        <FlaggedBody body={draft.body} flags={draft.factFlags} testId="draft-body" />
        {draft.scenes && <SceneTable scenes={draft.scenes} />}
        <DraftMetrics draft={draft} />
        <ProvenanceActions draft={draft} brief={brief} />
        <DraftActions draft={draft} />
      </Flex>
    </Card>
  );
}
