import type { Brief, RatingTask } from '@draftbench/contracts';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { briefFieldItems, type SummaryItem } from '../../briefs/components/briefFieldItems';

/** The brief both texts were written for: its content only (a rating task carries no ids or dates). */
export function RatingBrief({ brief }: { brief: RatingTask['brief'] }) {
  const { t } = useTranslation();
  const optional: SummaryItem[] = [];
  if (brief.tone) optional.push({ key: 'tone', label: t('briefs.fields.tone'), children: brief.tone });
  if (brief.audience)
    optional.push({ key: 'audience', label: t('briefs.fields.audience'), children: brief.audience });
  if (brief.facts.length > 0)
    optional.push({ key: 'facts', label: t('briefs.fields.facts'), children: brief.facts.join(' · ') });
  return (
    <Card size="small" data-testid="rating-brief">
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="rating-brief-title">
          {brief.title}
        </Typography.Title>
        <Tag>{t(`contentType.${brief.contentType}`)}</Tag>
        <Tag>{t(`briefLanguage.${brief.language}`)}</Tag>
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'targetLength',
            label: t('briefs.fields.targetLength'),
            children: `${brief.targetLength} ${t(`briefs.fields.targetLengthUnit.${brief.language}`)}`,
          },
          // Only the content type and its fields are read: a brief without its ids and dates will do.
          ...briefFieldItems(brief as Brief, t),
          ...optional,
        ]}
      />
    </Card>
  );
}
