import type { PromptTemplate, TemplateLabel } from '@draftbench/contracts';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMoveLabel } from '../hooks';

/** Points `label` of the version's key and language at this version, after a confirmation. */
export function MoveLabelButton({ version, label }: { version: PromptTemplate; label: TemplateLabel }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveLabel();
  const labelText = t(`setup.templates.labels.${label}`);
  const onConfirm = () =>
    move.mutateAsync(
      { key: version.key, language: version.language, label, version: version.version },
      {
        onSuccess: () =>
          void message.success(
            t('setup.templates.move.done', { label: labelText, version: version.version }),
          ),
        onError: (error) => void message.error(error.message),
      },
    );
  return (
    <Popconfirm
      title={t('setup.templates.move.confirm', {
        label: labelText,
        key: version.key,
        language: t(`briefLanguage.${version.language}`),
        version: version.version,
      })}
      description={label === 'production' ? t('setup.templates.move.confirmProduction') : undefined}
      okText={t('setup.templates.move.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ ...{ 'data-testid': 'move-label-confirm' } }}
      onConfirm={onConfirm}
    >
      <Button size="small" loading={move.isPending} data-testid={`move-label-${label}`}>
        {t(`setup.templates.move.${label}`)}
      </Button>
    </Popconfirm>
  );
}
