import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { KeyHint } from './KeyHint';

/** The shortcuts of the rate page, always in view next to the form. */
export function KeyboardHelp() {
  const { t } = useTranslation();
  const rows: { keys: string[]; label: string }[] = [
    { keys: ['1'], label: t('rating.outcome.a') },
    { keys: ['2'], label: t('rating.outcome.b') },
    { keys: ['3'], label: t('rating.outcome.tie') },
    { keys: ['4'], label: t('rating.outcome.both_bad') },
    { keys: ['1–5', '← →'], label: t('rating.keys.score') },
    { keys: ['Tab'], label: t('rating.keys.move') },
    { keys: ['Esc'], label: t('rating.keys.leave') },
    { keys: ['Enter'], label: t('rating.keys.save') },
    { keys: ['N', 'Enter'], label: t('rating.keys.next') },
  ];
  return (
    <Card size="small" title={t('rating.keys.title')} data-testid="rating-keys">
      <Flex vertical gap={4}>
        {rows.map((row) => (
          <Flex key={row.label} gap={8} align="baseline">
            <span style={{ minWidth: 88, display: 'inline-flex', gap: 4 }}>
              {row.keys.map((key) => (
                <KeyHint key={key}>{key}</KeyHint>
              ))}
            </span>
            <Typography.Text style={{ fontSize: 13 }}>{row.label}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
