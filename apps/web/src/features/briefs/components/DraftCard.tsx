import type { Draft } from '@draftbench/contracts';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DraftActions } from '../../assisted/components/DraftActions';
import { HeldDraftBody } from '../../safety/components/HeldDraftBody';
import { heldCheck } from '../../safety/model';
import { DraftAuthor } from './DraftAuthor';
import { DraftMetrics } from './DraftMetrics';
import { DraftStatusTag } from './DraftStatusTag';
import { OriginTag } from './OriginTag';
import { SceneTable } from './SceneTable';

export function DraftCard({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  // Provenance notice required wherever AI text is shown (DESIGN §6).
  const notice =
    draft.origin === 'aigc'
      ? t('drafts.aiNotice')
      : draft.origin === 'ai_assisted'
        ? t('drafts.aiAssistedNotice')
        : null;
  const check = heldCheck(draft);
  const text = (
    <>
      <Typography.Paragraph data-testid="draft-body" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {draft.body}
      </Typography.Paragraph>
      {draft.scenes && <SceneTable scenes={draft.scenes} />}
    </>
  );
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
        {notice && (
          <Tag color="purple" variant="outlined" data-testid="draft-ai-notice" style={{ alignSelf: 'start' }}>
            {notice}
          </Tag>
        )}
        {check ? <HeldDraftBody check={check}>{text}</HeldDraftBody> : text}
        <DraftMetrics draft={draft} />
        <DraftActions draft={draft} />
      </Flex>
    </Card>
  );
}
