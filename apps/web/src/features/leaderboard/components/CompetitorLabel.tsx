import type { LeaderboardEntry } from '@draftbench/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OriginTag } from '../../briefs/components/OriginTag';

/** The origin badge and, for AIGC split by model, provider / model / prompt template. */
export function CompetitorLabel({ entry }: { entry: LeaderboardEntry }) {
  const { t } = useTranslation();
  const split = entry.provider !== null || entry.model !== null || entry.promptTemplate !== null;
  const none = t('common.none');
  return (
    <Flex gap={4} align="center" wrap>
      <OriginTag origin={entry.origin} testId="leaderboard-origin" />
      {split && (
        <Typography.Text data-testid="leaderboard-model-parts">
          <span data-testid="leaderboard-provider" title={t('leaderboard.provider')}>
            {entry.provider ?? none}
          </span>
          {' / '}
          <span data-testid="leaderboard-model" title={t('leaderboard.model')}>
            {entry.model ?? none}
          </span>
          {' / '}
          <Typography.Text
            type="secondary"
            data-testid="leaderboard-template"
            title={t('leaderboard.template')}
          >
            {entry.promptTemplate ?? none}
          </Typography.Text>
        </Typography.Text>
      )}
    </Flex>
  );
}
