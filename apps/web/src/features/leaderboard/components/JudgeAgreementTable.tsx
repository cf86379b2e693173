import type { JudgeAgreement } from '@draftbench/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../components/format';
import { formatEffect, formatShare } from '../model';

const NONE = '—';

/** Per judge model: does it give the same verdict in both orders, and does it agree with people. */
export function JudgeAgreementTable({ items, loading }: { items: JudgeAgreement[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const interval = (share: JudgeAgreement['agreement']) =>
    share
      ? t('leaderboard.interval', {
          estimate: formatShare(share.estimate, language),
          lower: formatShare(share.lower, language),
          upper: formatShare(share.upper, language),
        })
      : NONE;
  const columns: TableColumnsType<JudgeAgreement> = [
    {
      key: 'judge',
      title: t('leaderboard.judge.agreement.columns.judge'),
      render: (_, item) => (
        <Typography.Text code>
          {item.provider}/{item.model}
        </Typography.Text>
      ),
    },
    {
      key: 'verdicts',
      title: t('leaderboard.judge.agreement.columns.verdicts'),
      align: 'right',
      render: (_, item) => formatNumber(item.verdicts, language),
    },
    {
      key: 'consistency',
      title: t('leaderboard.judge.agreement.columns.consistency'),
      render: (_, item) => interval(item.consistency),
    },
    {
      key: 'firstShown',
      title: t('leaderboard.judge.agreement.columns.firstShown'),
      render: (_, item) => interval(item.firstShownShare),
    },
    {
      key: 'pairs',
      title: t('leaderboard.judge.agreement.columns.pairs'),
      align: 'right',
      render: (_, item) => formatNumber(item.pairs, language),
    },
    {
      key: 'agreement',
      title: t('leaderboard.judge.agreement.columns.agreement'),
      render: (_, item) => <span data-testid="judge-agreement-share">{interval(item.agreement)}</span>,
    },
    {
      key: 'kappa',
      title: t('leaderboard.judge.agreement.columns.kappa'),
      align: 'right',
      render: (_, item) => (
        <span data-testid="judge-agreement-kappa">
          {item.kappa === null ? NONE : formatEffect(item.kappa, language)}
        </span>
      ),
    },
  ];
  return (
    <Table<JudgeAgreement>
      data-testid="judge-agreement"
      rowKey={(item) => `${item.provider}/${item.model}`}
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('leaderboard.judge.agreement.empty') }}
    />
  );
}
