import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** No blind votes at all, or none that match the filters (with a way back to everything). */
export function LeaderboardEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Empty
      data-testid="leaderboard-empty"
      data-filtered={String(filtered)}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={4}>{t('leaderboard.empty.title')}</Typography.Title>
          <Typography.Text type="secondary">
            {filtered ? t('leaderboard.empty.filtered') : t('leaderboard.empty.text')}
          </Typography.Text>
        </>
      }
    >
      {filtered && (
        <Button onClick={onClear} data-testid="leaderboard-clear-filters">
          {t('leaderboard.empty.clear')}
        </Button>
      )}
    </Empty>
  );
}
