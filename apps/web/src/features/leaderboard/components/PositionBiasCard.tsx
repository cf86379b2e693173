import type { Leaderboard } from '@draftbench/contracts';
import { Alert, Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../components/format';
import { formatShare } from '../model';

/**
 * The share of decisive votes won by the left draft, with its interval; a warning when 50% is outside it.
 * For the AI judge: the share of its single answers that picked the draft it was shown first.
 */
export function PositionBiasCard({ board }: { board: Pick<Leaderboard, 'positionBias' | 'raterGroup'> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const bias = board.positionBias;
  const share = bias.leftShare;
  const text = board.raterGroup === 'judge' ? 'leaderboard.bias.judge' : 'leaderboard.bias';
  return (
    <Card
      title={t('leaderboard.bias.title')}
      data-testid="position-bias"
      data-biased={String(bias.biased)}
      size="small"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(`${text}.explanation`)}</Typography.Text>
        {share ? (
          <Flex gap={32} wrap align="end">
            <Statistic
              title={t(`${text}.leftShare`)}
              value={formatShare(share.estimate, language)}
              suffix={
                <Typography.Text type="secondary" data-testid="position-bias-interval">
                  ({formatShare(share.lower, language)}–{formatShare(share.upper, language)})
                </Typography.Text>
              }
              data-testid="position-bias-share"
            />
            <Typography.Text data-testid="position-bias-decisive">
              {t(`${text}.decisive`, { count: formatNumber(bias.decisive, language) })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text data-testid="position-bias-none">{t(`${text}.noDecisive`)}</Typography.Text>
        )}
        {share &&
          (bias.biased ? (
            <Alert
              type="warning"
              showIcon
              data-testid="position-bias-warning"
              title={t(`${text}.biasedTitle`)}
              description={t(`${text}.biasedText`, {
                share: formatShare(share.estimate, language),
                lower: formatShare(share.lower, language),
                upper: formatShare(share.upper, language),
              })}
            />
          ) : (
            <Alert type="success" showIcon data-testid="position-bias-ok" title={t('leaderboard.bias.ok')} />
          ))}
      </Flex>
    </Card>
  );
}
