import type { Draft } from '@draftbench/contracts';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useCurrentUser } from '../../auth/hooks';
import { EditAsAssistedButton } from './EditAsAssistedButton';

/**
 * What the signed-in user can do with a draft card: edit a published AI draft (a held one waits for a
 * lead's review first), continue their own edit.
 */
export function DraftActions({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const can = useCan();
  const user = useCurrentUser();
  if (!can('assistedEdit')) return null;
  if (draft.origin === 'aigc')
    return draft.status === 'published' ? <EditAsAssistedButton draftId={draft.id} /> : null;
  if (draft.origin === 'ai_assisted' && draft.author.userId === user.id)
    return (
      <Link to={`/drafts/${draft.id}/assisted`} data-testid="continue-assisted">
        <Button size="small">{t('workflows.assisted.continue')}</Button>
      </Link>
    );
  return null;
}
