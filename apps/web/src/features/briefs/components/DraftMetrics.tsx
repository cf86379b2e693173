import type { Draft } from '@draftbench/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatLatency, formatNumber } from '../../../components/format';

/** Effort behind a draft: what makes origins comparable on cost and turnaround. */
export function DraftMetrics({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const { usage, latencyMs, costUsd } = draft;
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="draft-metrics"
      items={[
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
        {
          key: 'cost',
          label: t('drafts.cost'),
          children: costUsd === null ? none : formatCost(costUsd, i18n.language),
        },
      ]}
    />
  );
}
