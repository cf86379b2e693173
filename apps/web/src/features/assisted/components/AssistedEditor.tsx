import type { Draft, Language } from '@draftbench/contracts';
import { Button, Card, Col, Flex, Input, Row, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useActiveSeconds } from '../../../components/useActiveSeconds';
import { AiNoticeTag } from '../../briefs/components/AiNoticeTag';
import { useSaveAssistedEdit } from '../hooks';
import { EditMetricsPanel } from './EditMetricsPanel';

// The diff view is its own chunk: only this page shows it, and only after a save.
const DiffView = lazy(() => import('./DiffView'));

interface Props {
  /** The AI draft, shown read-only on the left. */
  parent: Draft;
  /** The AI-assisted edit, once the first save has created it. */
  child: Draft | null;
  language: Language;
}

/** AI draft on the left, the human's edit on the right; Save starts or updates the child draft. */
export function AssistedEditor({ parent, child, language }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [body, setBody] = useState(child?.body ?? parent.body);
  const activity = useActiveSeconds(true);
  const save = useSaveAssistedEdit();

  const onSave = () => {
    const activeSeconds = activity.take();
    save.mutate(
      { parentId: parent.id, childId: child?.id ?? null, body, activeSeconds },
      {
        onError: () => activity.giveBack(activeSeconds),
        // From now on this page edits the child: its address says so, and a reload continues it.
        onSuccess: (saved) => {
          if (!child) void navigate(`/drafts/${saved.id}/assisted`, { replace: true });
        },
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('workflows.assisted.aiDraft')}
            extra={<AiNoticeTag label={parent.provenance.label} />}
            data-testid="assisted-parent"
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {parent.body}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('workflows.assisted.yourEdit')}>
            <Flex vertical gap={12}>
              <Input.TextArea
                data-testid="assisted-body"
                aria-label={t('workflows.assisted.yourEdit')}
                value={body}
                autoSize={{ minRows: 10, maxRows: 30 }}
                onChange={(event) => setBody(event.target.value)}
                onKeyDown={activity.markActive}
                onMouseMove={activity.markActive}
                onMouseDown={activity.markActive}
                onInput={activity.markActive}
              />
              <Flex gap={12} align="center">
                <Button
                  type="primary"
                  data-testid="assisted-save"
                  loading={save.isPending}
                  disabled={!body.trim()}
                  onClick={onSave}
                >
                  {t('common.save')}
                </Button>
                {/* The API stores the text trimmed: "Saved" until the text changes again. */}
                {save.data?.body === body.trim() && (
                  <Typography.Text type="secondary" data-testid="assisted-saved">
                    {t('workflows.editor.saveState.saved')}
                  </Typography.Text>
                )}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('workflows.editor.trackingRule')}
              </Typography.Text>
              {save.error && <ErrorAlert error={save.error} />}
            </Flex>
          </Card>
        </Col>
      </Row>
      {child?.editMetrics && (
        <Card title={t('workflows.assisted.changesTitle')} data-testid="assisted-result">
          <Flex vertical gap={16}>
            <EditMetricsPanel metrics={child.editMetrics} draft={child} language={language} />
            <Suspense fallback={<Spin />}>
              <DiffView diff={child.editMetrics.diff} />
            </Suspense>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
