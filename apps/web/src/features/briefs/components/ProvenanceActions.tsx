import { type ContentType, type Draft, type Language, labelledText } from '@draftbench/contracts';
import { App, Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** The text as it leaves the app — copied or downloaded — always with its notice in it. */
export function copyableText(draft: Draft, contentType: ContentType, language: Language): string {
  const text = labelledText(draft, contentType, language, draft.provenance.label);
  const scenes = (text.scenes ?? []).map((s) => `${s.index}. [${s.onScreenText}] ${s.voiceOver}`);
  return [text.body, ...scenes].join('\n');
}

export function ProvenanceActions({
  draft,
  brief,
}: {
  draft: Draft;
  brief: { contentType: ContentType; language: Language };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labelled = draft.provenance.label !== 'human';
  const copy = async () => {
    await navigator.clipboard.writeText(copyableText(draft, brief.contentType, brief.language));
    void message.success(labelled ? t('drafts.copied') : t('drafts.copiedPlain'));
  };
  return (
    <Flex gap={8} align="center" wrap>
      <Button size="small" onClick={() => void copy()} data-testid="draft-copy">
        {labelled ? t('drafts.copy') : t('drafts.copyPlain')}
      </Button>
      <Button size="small" href={`/v1/drafts/${draft.id}/export.html`} download data-testid="draft-download">
        {t('drafts.downloadHtml')}
      </Button>
      <Tooltip title={`SHA-256 ${draft.provenance.sha256}`}>
        <code data-testid="draft-sha256" style={{ fontSize: 11 }}>
          {draft.provenance.sha256.slice(0, 12)}
        </code>
      </Tooltip>
    </Flex>
  );
}
