import type { Brief } from '@draftbench/contracts';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/format';

export function BriefTable({ briefs, loading }: { briefs: Brief[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<Brief> = [
    {
      key: 'title',
      title: t('briefs.list.columns.title'),
      render: (_, brief) => (
        <Link to={`/briefs/${brief.id}`} data-testid="brief-link">
          {brief.title}
        </Link>
      ),
    },
    {
      key: 'contentType',
      title: t('briefs.list.columns.contentType'),
      render: (_, brief) => t(`contentType.${brief.contentType}`),
    },
    {
      key: 'language',
      title: t('briefs.list.columns.language'),
      render: (_, brief) => t(`briefLanguage.${brief.language}`),
    },
    {
      key: 'targetLength',
      title: t('briefs.list.columns.targetLength'),
      render: (_, brief) => `${brief.targetLength} ${t(`briefs.fields.targetLengthUnit.${brief.language}`)}`,
    },
    {
      key: 'status',
      title: t('briefs.list.columns.status'),
      render: (_, brief) => (
        <Tag color={brief.status === 'open' ? 'green' : 'default'}>{t(`briefStatus.${brief.status}`)}</Tag>
      ),
    },
    {
      key: 'createdAt',
      title: t('briefs.list.columns.createdAt'),
      render: (_, brief) => formatDateTime(brief.createdAt, i18n.language),
    },
  ];
  return (
    <Table<Brief>
      data-testid="brief-table"
      rowKey="id"
      columns={columns}
      dataSource={briefs}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('briefs.list.empty') }}
    />
  );
}
