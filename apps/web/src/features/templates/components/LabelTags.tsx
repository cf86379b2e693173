import type { TemplateLabel } from '@draftbench/contracts';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export const LABEL_COLOR: Record<TemplateLabel, string> = { production: 'green', staging: 'gold' };

/** The labels pointing at one version. */
export function LabelTags({ labels }: { labels: readonly TemplateLabel[] }) {
  const { t } = useTranslation();
  return (
    <>
      {labels.map((label) => (
        <Tooltip key={label} title={t(`setup.templates.labelHint.${label}`)}>
          <Tag color={LABEL_COLOR[label]} data-testid="template-label" data-label={label}>
            {t(`setup.templates.labels.${label}`)}
          </Tag>
        </Tooltip>
      ))}
    </>
  );
}
