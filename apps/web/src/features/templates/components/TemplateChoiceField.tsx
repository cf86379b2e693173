import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBrief } from '../../briefs/hooks';
import { useTemplates } from '../hooks';
import { defaultKeyOf, groupTemplates, type TemplateChoice } from '../model';

interface Props {
  briefId: string;
  value?: TemplateChoice;
  onChange?: (value: TemplateChoice) => void;
}

/**
 * Which version of the brief's template key a job renders: the default (production), the staging
 * label, or a fixed version. A form control: `value` / `onChange` come from its Form.Item.
 */
export function TemplateChoiceField({ briefId, value = '', onChange }: Props) {
  const { t } = useTranslation();
  const brief = useBrief(briefId).data;
  const key = brief ? defaultKeyOf(brief) : undefined;
  const templates = useTemplates({ key, language: brief?.language }, { enabled: key !== undefined });
  const group = groupTemplates(templates.data ?? [])[0];
  const at = (version: number | undefined) =>
    version === undefined ? '' : ` · ${t('setup.templates.choice.version', { version })}`;

  return (
    <Select<TemplateChoice>
      data-testid="generate-template"
      aria-label={t('setup.templates.choice.label')}
      style={{ minWidth: 240 }}
      loading={templates.isLoading}
      value={value}
      onChange={onChange}
      options={[
        {
          label: t('setup.templates.choice.labels'),
          options: [
            { value: '', label: t('setup.templates.choice.default') + at(group?.labels.production) },
            {
              value: 'label:staging',
              label: t('setup.templates.choice.staging') + at(group?.labels.staging),
              disabled: group !== undefined && group.labels.staging === undefined,
            },
          ],
        },
        ...(group
          ? [
              {
                label: t('setup.templates.choice.versions', { key: group.key }),
                options: group.versions.map((version) => ({
                  value: `version:${version.version}` as const,
                  label: t('setup.templates.choice.version', { version: version.version }),
                })),
              },
            ]
          : []),
      ]}
    />
  );
}
