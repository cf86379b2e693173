import { TemplateLabel, type PromptTemplate } from '@draftbench/contracts';
import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { LabelTags } from './LabelTags';
import { MoveLabelButton } from './MoveLabelButton';

interface Props {
  versions: PromptTemplate[];
  selectedId: string | undefined;
  onSelect: (version: PromptTemplate) => void;
  /** Leads move labels; editors only read. */
  manage: boolean;
}

/** The versions of one key and language, newest first. */
export function VersionTable({ versions, selectedId, onSelect, manage }: Props) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<PromptTemplate> = [
    { key: 'version', title: t('setup.templates.columns.version'), dataIndex: 'version' },
    {
      key: 'labels',
      title: t('setup.templates.columns.labels'),
      render: (_, v) => <LabelTags labels={v.labels} />,
    },
    {
      key: 'description',
      title: t('setup.templates.columns.description'),
      render: (_, v) => (
        <Typography.Text ellipsis={{ tooltip: v.description }} style={{ maxWidth: 220 }}>
          {v.description || t('common.none')}
        </Typography.Text>
      ),
    },
    {
      key: 'createdAt',
      title: t('setup.templates.columns.createdAt'),
      render: (_, v) => formatDateTime(v.createdAt, i18n.language),
    },
    {
      key: 'actions',
      title: t('setup.templates.columns.actions'),
      render: (_, v) => (
        <Space size={4} wrap>
          <Button size="small" type="link" onClick={() => onSelect(v)} data-testid="template-view">
            {t('setup.templates.view')}
          </Button>
          {manage &&
            TemplateLabel.options
              .filter((label) => !v.labels.includes(label))
              .map((label) => <MoveLabelButton key={label} version={v} label={label} />)}
        </Space>
      ),
    },
  ];
  return (
    <Table<PromptTemplate>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={versions}
      pagination={false}
      rowClassName={(v) => (v.id === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(v) =>
        ({
          'data-testid': 'template-version-row',
          'data-version': v.version,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
