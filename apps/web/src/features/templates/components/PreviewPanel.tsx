import { EyeOutlined } from '@ant-design/icons';
import type { PromptTemplate } from '@draftbench/contracts';
import { Alert, Button, Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useBriefsFor, usePreview } from '../hooks';
import { PromptText } from './PromptText';

/** Renders a stored version against a brief of its content type and language. */
export function PreviewPanel({ template }: { template: PromptTemplate }) {
  const { t } = useTranslation();
  const briefs = useBriefsFor(template.contentType, template.language);
  const preview = usePreview();
  const [briefId, setBriefId] = useState<string | undefined>(undefined);
  const names = {
    contentType: t(`contentType.${template.contentType}`),
    language: t(`briefLanguage.${template.language}`),
  };

  if (briefs.error) return <ErrorAlert error={briefs.error} onRetry={() => void briefs.refetch()} />;
  if (briefs.data?.length === 0)
    return (
      <Empty data-testid="preview-no-briefs" description={t('setup.templates.preview.noBriefs', names)} />
    );

  return (
    <Flex vertical gap={12} data-testid="template-preview">
      <Flex gap={8} wrap>
        <Select
          data-testid="preview-brief"
          aria-label={t('setup.templates.preview.brief')}
          placeholder={t('setup.templates.preview.briefPlaceholder', names)}
          loading={briefs.isLoading}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 320, flex: 1 }}
          value={briefId}
          onChange={setBriefId}
          options={(briefs.data ?? []).map((brief) => ({ value: brief.id, label: brief.title }))}
        />
        <Button
          type="primary"
          icon={<EyeOutlined />}
          disabled={!briefId}
          loading={preview.isPending}
          data-testid="preview-render"
          onClick={() => briefId && preview.mutate({ briefId, templateId: template.id })}
        >
          {t('setup.templates.preview.render')}
        </Button>
      </Flex>
      {preview.error && <ErrorAlert error={preview.error} />}
      {preview.data && (
        <Flex vertical gap={12} data-testid="preview-result">
          <Alert
            type="info"
            showIcon
            title={
              <>
                {t('setup.templates.preview.renderedAs')}{' '}
                <Typography.Text code data-testid="preview-template-id">
                  {preview.data.templateId}
                </Typography.Text>
              </>
            }
          />
          <PromptText
            title={t('setup.templates.detail.system')}
            text={preview.data.system}
            testId="preview-system"
          />
          <PromptText
            title={t('setup.templates.detail.user')}
            text={preview.data.user}
            testId="preview-user"
            dataTitle={t('setup.templates.preview.briefData')}
          />
        </Flex>
      )}
    </Flex>
  );
}
