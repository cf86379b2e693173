import type { Draft } from '@draftbench/contracts';
import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { BriefTitleLink } from '../../briefs/components/BriefTitleLink';
import { AiNoticeTag } from '../../briefs/components/AiNoticeTag';
import { OriginTag } from '../../briefs/components/OriginTag';
import { HeldDraftNotice } from '../../safety/components/HeldDraftNotice';
import { useModerate } from '../hooks';
import { ModerationReasons } from './ModerationReasons';

/** One held draft (UGC or AI): its origin, why it was held, its text, and the lead's publish / reject decision. */
export function ModerationCard({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const moderate = useModerate();
  const decide = (decision: 'publish' | 'reject') =>
    moderate.mutate({ id: draft.id, input: { decision, reason: note.trim() || undefined } });
  return (
    <Card
      size="small"
      data-testid="moderation-card"
      data-draft-id={draft.id}
      data-origin={draft.origin}
      title={
        <Flex gap={8} align="center">
          <OriginTag origin={draft.origin} />
          <AiNoticeTag label={draft.provenance.label} />
          <BriefTitleLink briefId={draft.briefId} />
        </Flex>
      }
      extra={
        <Typography.Text type="secondary">{formatDateTime(draft.createdAt, i18n.language)}</Typography.Text>
      }
    >
      <Flex vertical gap={12}>
        {draft.moderation?.safety && <HeldDraftNotice check={draft.moderation.safety} />}
        <ModerationReasons reasons={draft.moderation?.reasons ?? []} />
        <Typography.Paragraph data-testid="moderation-body" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {draft.body}
        </Typography.Paragraph>
        <Input
          data-testid="moderation-note"
          placeholder={t('workflows.moderation.note')}
          aria-label={t('workflows.moderation.note')}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
        />
        <Flex gap={8}>
          <Button
            type="primary"
            data-testid="moderation-publish"
            loading={moderate.isPending && moderate.variables.input.decision === 'publish'}
            onClick={() => decide('publish')}
          >
            {t('workflows.moderation.publish')}
          </Button>
          <Button
            danger
            data-testid="moderation-reject"
            loading={moderate.isPending && moderate.variables.input.decision === 'reject'}
            onClick={() => decide('reject')}
          >
            {t('workflows.moderation.reject')}
          </Button>
        </Flex>
        {moderate.error && <ErrorAlert error={moderate.error} />}
      </Flex>
    </Card>
  );
}
