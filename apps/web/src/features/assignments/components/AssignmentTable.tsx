import type { Assignment } from '@draftbench/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/format';
import { formatMinutes } from '../../../components/formatEffort';
import { BriefTitleLink } from '../../briefs/components/BriefTitleLink';
import { AssignmentStateTag } from './AssignmentStateTag';

type Column = 'brief' | 'editor' | 'state' | 'dueAt' | 'minutes' | 'submittedAt';

interface Props {
  assignments: Assignment[];
  loading: boolean;
  columns: readonly Column[];
  /** Where a row opens: the editor's page or the lead's review page. */
  linkTo: (assignment: Assignment) => string;
  /** Names editors for the lead's lists; ids stand in when unknown. */
  editorName?: (editorId: string) => string;
  empty: string;
  testId: string;
}

/** Assignments as a table; each page picks the columns its readers need. */
export function AssignmentTable({ assignments, loading, columns, linkTo, editorName, empty, testId }: Props) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const all: Record<Column, TableColumnsType<Assignment>[number]> = {
    brief: {
      key: 'brief',
      title: t('workflows.assignments.brief'),
      render: (_, a) => <BriefTitleLink briefId={a.briefId} />,
    },
    editor: {
      key: 'editor',
      title: t('workflows.assignments.editor'),
      render: (_, a) => editorName?.(a.editorId) ?? a.editorId,
    },
    state: {
      key: 'state',
      title: t('workflows.assignments.state'),
      render: (_, a) => <AssignmentStateTag state={a.state} />,
    },
    dueAt: {
      key: 'dueAt',
      title: t('workflows.assignments.dueAt'),
      render: (_, a) => (a.dueAt ? formatDateTime(a.dueAt, i18n.language) : none),
    },
    minutes: {
      key: 'minutes',
      title: t('workflows.assignments.minutes'),
      render: (_, a) => formatMinutes(a.minutes, i18n.language),
    },
    submittedAt: {
      key: 'submittedAt',
      title: t('workflows.assignments.submittedAt'),
      render: (_, a) => (a.submittedAt ? formatDateTime(a.submittedAt, i18n.language) : none),
    },
  };
  return (
    <Table<Assignment>
      data-testid={testId}
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={assignments}
      locale={{ emptyText: empty }}
      onRow={(a) => ({ 'data-testid': 'assignment-row', 'data-assignment-id': a.id }) as object}
      columns={[
        ...columns.map((column) => all[column]),
        {
          key: 'open',
          render: (_, a) => (
            <Link to={linkTo(a)} data-testid="assignment-open">
              {t('workflows.assignments.open')}
            </Link>
          ),
        },
      ]}
    />
  );
}
