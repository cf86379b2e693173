import type { Leaderboard } from '@draftbench/contracts';
import { Alert, Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatEffect, lengthPreference } from '../model';

/** β of the length-controlled ranking with its interval, and what it means. */
export function LengthEffectCard({ effect }: { effect: Leaderboard['lengthEffect'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const preference = effect ? lengthPreference(effect) : null;
  return (
    <Card
      title={t('leaderboard.length.title')}
      size="small"
      data-testid="length-effect"
      data-preference={preference ?? 'unknown'}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('leaderboard.length.explanation')}</Typography.Text>
        {effect && preference ? (
          <>
            <Statistic
              title={t('leaderboard.length.beta')}
              value={formatEffect(effect.estimate, language)}
              suffix={
                <Typography.Text type="secondary" data-testid="length-effect-interval">
                  ({formatEffect(effect.lower, language)} – {formatEffect(effect.upper, language)})
                </Typography.Text>
              }
              data-testid="length-effect-beta"
            />
            <Alert
              type={preference === 'none' ? 'success' : 'info'}
              showIcon
              title={t(`leaderboard.length.${preference}`)}
            />
          </>
        ) : (
          <Typography.Text data-testid="length-effect-none">
            {t('leaderboard.length.unavailable')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
