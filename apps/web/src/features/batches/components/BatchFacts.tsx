import type { Batch } from '@draftbench/contracts';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';

/** What the batch was made from and with: input, encoding, targets, rows. */
export function BatchFacts({ batch }: { batch: Batch }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'input',
          label: t('setup.batches.detail.input'),
          children: `${t(`setup.batches.source.${batch.source}`)} · ${formatDateTime(batch.createdAt, i18n.language)}`,
        },
        { key: 'file', label: t('setup.batches.detail.file'), children: batch.fileName ?? none },
        {
          key: 'encoding',
          label: t('setup.batches.detail.encoding'),
          children: <span data-testid="batch-encoding">{batch.encoding ?? none}</span>,
        },
        {
          key: 'targets',
          label: t('setup.batches.detail.targets'),
          children: batch.targets.map((target) => (
            <Tag key={`${target.provider}/${target.model}`}>
              {target.provider} / {target.model}
            </Tag>
          )),
        },
        { key: 'variants', label: t('setup.batches.detail.variants'), children: batch.variants },
        {
          key: 'rows',
          label: t('setup.batches.detail.rows'),
          children: (
            <span>
              {batch.totalRows} · {t('setup.batches.detail.accepted')}{' '}
              <Tag color="green" data-testid="batch-accepted" data-count={batch.acceptedRows}>
                {batch.acceptedRows}
              </Tag>
              {t('setup.batches.detail.rejected')}{' '}
              <Tag
                color={batch.rejectedRows ? 'red' : undefined}
                data-testid="batch-rejected"
                data-count={batch.rejectedRows}
              >
                {batch.rejectedRows}
              </Tag>
            </span>
          ),
        },
      ]}
    />
  );
}
