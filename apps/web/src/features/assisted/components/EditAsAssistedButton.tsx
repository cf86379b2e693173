import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** On an AI draft: opens the AI-assisted editor, which saves the edit as a child draft. */
export function EditAsAssistedButton({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button
      size="small"
      icon={<EditOutlined />}
      data-testid="edit-as-assisted"
      onClick={() => void navigate(`/drafts/${draftId}/assisted`)}
    >
      {t('workflows.assisted.editAsAssisted')}
    </Button>
  );
}
