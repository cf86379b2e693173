import type { RaterGroup } from '@draftbench/contracts';
import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** No blind votes (or judge verdicts) at all, or none that match the filters (with a way back to everything). */
export function LeaderboardEmpty({
  filtered,
  raterGroup,
  onClear,
}: {
  filtered: boolean;
  raterGroup: RaterGroup;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const text = raterGroup === 'judge' ? 'leaderboard.emptyJudge' : 'leaderboard.empty';
  return (
    <Empty
      data-testid="leaderboard-empty"
      data-filtered={String(filtered)}
      data-rater-group={raterGroup}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={4}>{t(`${text}.title`)}</Typography.Title>
          <Typography.Text type="secondary">
            {filtered ? t(`${text}.filtered`) : t(`${text}.text`)}
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
