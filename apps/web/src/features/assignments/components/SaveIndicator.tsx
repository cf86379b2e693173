import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../../components/useAutosave';

/** "Saving…" while a save runs, "Saved" once the text is stored. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const icon =
    state === 'saving' ? (
      <LoadingOutlined />
    ) : state === 'saved' ? (
      <CheckOutlined />
    ) : state === 'error' ? (
      <ExclamationCircleOutlined />
    ) : null;
  return (
    <Typography.Text
      type={state === 'error' ? 'danger' : 'secondary'}
      data-testid="save-status"
      data-state={state}
      aria-live="polite"
    >
      {icon} {state === 'idle' ? '' : t(`workflows.editor.saveState.${state}`)}
    </Typography.Text>
  );
}
