import type { Assignment } from '@draftbench/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCost, formatDateTime } from '../../../components/format';
import { formatMinutes } from '../../../components/formatEffort';
import { BriefTitleLink } from '../../briefs/components/BriefTitleLink';
import { AssignmentStateTag } from './AssignmentStateTag';

/** Brief, state, due date, the lead's note, and the effort so far. */
export function AssignmentFacts({ assignment }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const { dueAt, note, trackedMinutes, correctedMinutes, costUsd } = assignment;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="assignment-facts"
      items={[
        {
          key: 'brief',
          label: t('workflows.assignments.brief'),
          children: <BriefTitleLink briefId={assignment.briefId} />,
        },
        {
          key: 'state',
          label: t('workflows.assignments.state'),
          children: <AssignmentStateTag state={assignment.state} />,
        },
        {
          key: 'dueAt',
          label: t('workflows.assignments.dueAt'),
          children: dueAt ? formatDateTime(dueAt, i18n.language) : none,
        },
        {
          key: 'tracked',
          label: t('workflows.editor.trackedMinutes'),
          children: <span data-testid="tracked-minutes">{formatMinutes(trackedMinutes, i18n.language)}</span>,
        },
        ...(correctedMinutes === null
          ? []
          : [
              {
                key: 'corrected',
                label: t('workflows.review.correctedMinutes'),
                children: (
                  <span data-testid="corrected-minutes">
                    {formatMinutes(correctedMinutes, i18n.language)}
                  </span>
                ),
              },
            ]),
        {
          key: 'cost',
          label: t('drafts.cost'),
          children: (
            <span data-testid="assignment-cost">
              {costUsd === null ? none : formatCost(costUsd, i18n.language)}
            </span>
          ),
        },
        ...(note ? [{ key: 'note', label: t('workflows.assign.note'), children: note }] : []),
      ]}
    />
  );
}
