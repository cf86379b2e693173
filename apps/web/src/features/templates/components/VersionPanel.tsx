import type { PromptTemplate } from '@draftbench/contracts';
import { Card, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelTags } from './LabelTags';
import { PreviewPanel } from './PreviewPanel';
import { PromptText } from './PromptText';

/** One version: its text, and a preview against a brief. */
export function VersionPanel({ template }: { template: PromptTemplate }) {
  const { t } = useTranslation();
  return (
    <Card
      data-testid="template-detail"
      data-version={template.version}
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            {t('setup.templates.detail.title', {
              key: template.key,
              language: t(`briefLanguage.${template.language}`),
              version: template.version,
            })}
          </span>
          <LabelTags labels={template.labels} />
        </Flex>
      }
    >
      <Tabs
        items={[
          {
            key: 'text',
            label: <span data-testid="template-tab-text">{t('setup.templates.detail.text')}</span>,
            children: (
              <Flex vertical gap={12}>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {template.description || t('setup.templates.detail.noDescription')}
                </Typography.Paragraph>
                <PromptText
                  title={t('setup.templates.detail.system')}
                  text={template.system}
                  testId="template-system-text"
                />
                <PromptText
                  title={t('setup.templates.detail.user')}
                  text={template.user}
                  testId="template-user-text"
                />
              </Flex>
            ),
          },
          {
            key: 'preview',
            label: <span data-testid="template-tab-preview">{t('setup.templates.detail.preview')}</span>,
            children: <PreviewPanel template={template} />,
          },
        ]}
      />
    </Card>
  );
}
