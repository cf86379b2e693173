import type { RaterGroup } from '@draftbench/contracts';
import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATER_GROUPS } from '../model';

/** Ranks people's blind votes or the AI judge's verdicts: the two are never counted together. */
export function RaterGroupSwitch({
  value,
  onChange,
}: {
  value: RaterGroup;
  onChange: (group: RaterGroup) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">{t('leaderboard.raterGroup.label')}</Typography.Text>
      <Segmented<RaterGroup>
        aria-label={t('leaderboard.raterGroup.label')}
        data-testid="leaderboard-rater-group"
        value={value}
        onChange={onChange}
        options={RATER_GROUPS.map((group) => ({
          value: group,
          label: (
            <span data-testid={`leaderboard-rater-group-${group}`}>
              {t(`leaderboard.raterGroup.${group}`)}
            </span>
          ),
        }))}
      />
    </Flex>
  );
}
