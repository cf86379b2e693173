import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from './apiError';

/**
 * Shows the API's problem detail (written for people) or a generic sentence for other failures. A 403
 * is not a failure but a refusal: the detail says which role it needs.
 */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="forbidden"
        title={t('auth.forbidden.title')}
        description={error.message}
      />
    );
  const description = isApiError(error) ? error.message : t('common.unknownError');
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      title={t('common.errorTitle')}
      description={description}
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
