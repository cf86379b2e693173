import { PlusOutlined } from '@ant-design/icons';
import { TemplateLabel, type PromptTemplate } from '@draftbench/contracts';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplateGroup } from '../model';
import { LABEL_COLOR } from './LabelTags';
import { VersionTable } from './VersionTable';

interface Props {
  group: TemplateGroup;
  selectedId: string | undefined;
  onSelect: (version: PromptTemplate) => void;
  onNewVersion: (group: TemplateGroup) => void;
  manage: boolean;
}

/** One key in one language: where each label points, and every version. */
export function TemplateGroupCard({ group, selectedId, onSelect, onNewVersion, manage }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="template-group"
      data-key={group.key}
      data-language={group.language}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong code>
            {group.key}
          </Typography.Text>
          <Tag>{t(`briefLanguage.${group.language}`)}</Tag>
        </Flex>
      }
      extra={
        manage && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onNewVersion(group)}
            data-testid="template-new-version"
          >
            {t('setup.templates.newVersion')}
          </Button>
        )
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Tag>{t(`contentType.${group.contentType}`)}</Tag>
        <Typography.Text type="secondary">
          {t('setup.templates.framework', { framework: group.framework })}
        </Typography.Text>
        {TemplateLabel.options.map((label) => {
          const version = group.labels[label];
          return version === undefined ? (
            <Tag key={label}>
              {t('setup.templates.notSet', { label: t(`setup.templates.labels.${label}`) })}
            </Tag>
          ) : (
            <Tag
              key={label}
              color={LABEL_COLOR[label]}
              data-testid={`group-label-${label}`}
              data-version={version}
            >
              {t('setup.templates.pointsAt', { label: t(`setup.templates.labels.${label}`), version })}
            </Tag>
          );
        })}
      </Flex>
      <VersionTable versions={group.versions} selectedId={selectedId} onSelect={onSelect} manage={manage} />
    </Card>
  );
}
