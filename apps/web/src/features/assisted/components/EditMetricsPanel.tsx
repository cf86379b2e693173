import type { Draft, EditMetrics, Language } from '@draftbench/contracts';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatNumber } from '../../../components/format';
import { formatMinutes, formatPercent } from '../../../components/formatEffort';

/** How much the human changed, measured by the API against the AI draft, and what it cost. */
export function EditMetricsPanel({
  metrics,
  draft,
  language,
}: {
  metrics: EditMetrics;
  draft: Draft;
  language: Language;
}) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const edited = metrics.provenance === 'ai_assisted_human_edited';
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="edit-metrics"
      items={[
        {
          key: 'provenance',
          label: t('workflows.assisted.provenance'),
          children: (
            <Tag
              color={edited ? 'gold' : 'purple'}
              data-testid="provenance"
              data-provenance={metrics.provenance}
            >
              {t(`workflows.assisted.provenanceLabel.${metrics.provenance}`)}
            </Tag>
          ),
        },
        {
          key: 'distance',
          label: t('workflows.assisted.editDistance'),
          children: (
            <span data-testid="edit-distance">
              {t('workflows.assisted.editDistanceValue', {
                percent: formatPercent(metrics.normalizedEditDistance, i18n.language),
                unit: t(`workflows.assisted.unit.${language}`),
              })}
            </span>
          ),
        },
        {
          key: 'share',
          label: t('workflows.assisted.humanEditShare'),
          children: (
            <span data-testid="human-edit-share">{formatPercent(metrics.humanEditShare, i18n.language)}</span>
          ),
        },
        {
          key: 'tokens',
          label: t('workflows.assisted.changes'),
          children: t('workflows.assisted.changesValue', {
            inserted: formatNumber(metrics.insertedTokens, i18n.language),
            deleted: formatNumber(metrics.deletedTokens, i18n.language),
          }),
        },
        {
          key: 'minutes',
          label: t('workflows.effort.humanMinutes'),
          children: (
            <span data-testid="assisted-minutes">
              {draft.humanMinutes === null ? none : formatMinutes(draft.humanMinutes, i18n.language)}
            </span>
          ),
        },
        {
          key: 'cost',
          label: t('drafts.cost'),
          children: (
            <span data-testid="assisted-cost">
              {draft.costUsd === null ? none : formatCost(draft.costUsd, i18n.language)}
            </span>
          ),
        },
      ]}
    />
  );
}
