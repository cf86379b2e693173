import type { Draft } from '@draftbench/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatLatency, formatNumber } from '../../../components/format';
import { formatMinutes } from '../../../components/formatEffort';

/**
 * Effort behind a draft, what makes origins comparable: tokens and latency for AI drafts, human
 * minutes for the others; cost for all.
 */
export function DraftMetrics({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const { usage, latencyMs, costUsd, humanMinutes } = draft;
  const cost = {
    key: 'cost',
    label: t('drafts.cost'),
    children: (
      <span data-testid="draft-cost">{costUsd === null ? none : formatCost(costUsd, i18n.language)}</span>
    ),
  };
  const items =
    draft.origin === 'aigc'
      ? [
          {
            key: 'tokens',
            label: t('drafts.tokens'),
            children: usage
              ? t('drafts.tokensValue', {
                  total: formatNumber(usage.totalTokens, i18n.language),
                  prompt: formatNumber(usage.promptTokens, i18n.language),
                  completion: formatNumber(usage.completionTokens, i18n.language),
                })
              : none,
          },
          {
            key: 'latency',
            label: t('drafts.latency'),
            children: latencyMs === null ? none : formatLatency(latencyMs, i18n.language),
          },
          cost,
        ]
      : [
          {
            key: 'minutes',
            label: t('workflows.effort.humanMinutes'),
            children: (
              <span data-testid="draft-minutes">
                {humanMinutes === null ? none : formatMinutes(humanMinutes, i18n.language)}
              </span>
            ),
          },
          cost,
        ];
  return <Descriptions size="small" column={1} data-testid="draft-metrics" items={items} />;
}
