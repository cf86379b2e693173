import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { classifyReason } from '../model';

/** No pair to rate: the daily limit is reached, or every pair has enough raters for now. */
export function NoTask({
  reason,
  onRetry,
  checking,
}: {
  reason: string | null;
  onRetry: () => void;
  checking: boolean;
}) {
  const { t } = useTranslation();
  const kind = classifyReason(reason);
  const title =
    kind.kind === 'dailyLimit'
      ? t('rating.empty.dailyLimit', { limit: kind.limit })
      : kind.kind === 'nothingLeft'
        ? t('rating.empty.nothingLeft')
        : reason;
  return (
    <Result
      status={kind.kind === 'dailyLimit' ? 'success' : 'info'}
      data-testid="rating-empty"
      data-reason={kind.kind}
      title={title}
      subTitle={
        kind.kind === 'dailyLimit' ? t('rating.empty.dailyLimitHint') : t('rating.empty.nothingLeftHint')
      }
      extra={
        <Button onClick={onRetry} loading={checking} data-testid="rating-check-again">
          {t('rating.empty.checkAgain')}
        </Button>
      }
    />
  );
}
