import type { Brief } from '@draftbench/contracts';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { briefFieldItems, type SummaryItem } from './briefFieldItems';

export function BriefSummary({ brief }: { brief: Brief }) {
  const { t } = useTranslation();
  const optional: SummaryItem[] = [];
  if (brief.tone) optional.push({ key: 'tone', label: t('briefs.fields.tone'), children: brief.tone });
  if (brief.audience)
    optional.push({ key: 'audience', label: t('briefs.fields.audience'), children: brief.audience });
  if (brief.facts.length > 0) {
    optional.push({ key: 'facts', label: t('briefs.fields.facts'), children: brief.facts.join(' · ') });
  }
  return (
    <Card>
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="brief-heading">
          {brief.title}
        </Typography.Title>
        <Tag>{t(`contentType.${brief.contentType}`)}</Tag>
        <Tag>{t(`briefLanguage.${brief.language}`)}</Tag>
        <Tag color={brief.status === 'open' ? 'green' : 'default'}>{t(`briefStatus.${brief.status}`)}</Tag>
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 16 }}
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'targetLength',
            label: t('briefs.fields.targetLength'),
            children: `${brief.targetLength} ${t(`briefs.fields.targetLengthUnit.${brief.language}`)}`,
          },
          ...briefFieldItems(brief, t),
          ...optional,
        ]}
      />
    </Card>
  );
}
