import type { DraftOrigin } from '@draftbench/contracts';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<DraftOrigin, string> = {
  pgc: 'blue',
  ugc: 'green',
  aigc: 'purple',
  ai_assisted: 'gold',
};

export function OriginTag({ origin, testId = 'draft-origin' }: { origin: DraftOrigin; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`originHint.${origin}`)}>
      <Tag color={COLORS[origin]} data-testid={testId} data-origin={origin}>
        {t(`origin.${origin}`)}
      </Tag>
    </Tooltip>
  );
}
