import type { Draft } from '@draftbench/contracts';
import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { formatMinutes } from '../../../components/formatEffort';
import { BriefTitleLink } from '../../briefs/components/BriefTitleLink';
import { DraftStatusTag } from '../../briefs/components/DraftStatusTag';
import { ModerationReasons } from './ModerationReasons';

/** A contributor's UGC drafts with their status, and the moderation outcome where there was one. */
export function SubmissionTable({ drafts, loading }: { drafts: Draft[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<Draft> = [
    {
      key: 'brief',
      title: t('workflows.submissions.brief'),
      render: (_, d) => <BriefTitleLink briefId={d.briefId} />,
    },
    {
      key: 'status',
      title: t('workflows.submissions.status'),
      render: (_, d) => (
        <Flex vertical gap={4}>
          <DraftStatusTag status={d.status} />
          {d.status === 'held' && <ModerationReasons reasons={d.moderation?.reasons ?? []} />}
          {d.moderation?.note && (
            <Typography.Text type="secondary">
              {t('workflows.submissions.moderatorNote', { note: d.moderation.note })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'excerpt',
      title: t('workflows.submissions.excerpt'),
      render: (_, d) => (
        <Typography.Text ellipsis style={{ maxWidth: 360 }}>
          {d.body}
        </Typography.Text>
      ),
    },
    {
      key: 'minutes',
      title: t('workflows.effort.humanMinutes'),
      render: (_, d) =>
        d.humanMinutes === null ? t('common.none') : formatMinutes(d.humanMinutes, i18n.language),
    },
    {
      key: 'createdAt',
      title: t('workflows.submissions.submittedAt'),
      render: (_, d) => formatDateTime(d.createdAt, i18n.language),
    },
  ];
  return (
    <Table<Draft>
      data-testid="my-submissions"
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      columns={columns}
      dataSource={drafts}
      locale={{ emptyText: t('workflows.submissions.empty') }}
    />
  );
}
