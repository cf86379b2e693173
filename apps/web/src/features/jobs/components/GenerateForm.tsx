import type { JobCreateInput, ProviderInfo } from '@draftbench/contracts';
import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TemplateChoiceField } from '../../templates/components/TemplateChoiceField';
import { toTemplateSelector, type TemplateChoice } from '../../templates/model';

interface Values {
  provider: string;
  model: string;
  variants: number;
  seed?: number | null;
  template?: TemplateChoice;
}

interface Props {
  /** Offers the template choice (label or version of the brief's key); without it, the default. */
  briefId?: string;
  providers: ProviderInfo[];
  launching: boolean;
  onLaunch: (input: Omit<JobCreateInput, 'briefId'>) => void;
}

export function GenerateForm({ briefId, providers, launching, onLaunch }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const first = providers.find((provider) => provider.isDefault) ?? providers[0];
  const providerName = Form.useWatch('provider', form) ?? first?.name;
  const models = providers.find((provider) => provider.name === providerName)?.models ?? [];

  const launch = ({ provider, model, variants, seed, template }: Values) =>
    onLaunch({
      provider,
      model,
      variants,
      parameters: seed === null || seed === undefined ? {} : { seed },
      template: toTemplateSelector(template),
    });

  return (
    <Form<Values>
      form={form}
      layout="inline"
      initialValues={{ provider: first?.name, model: first?.models[0]?.id, variants: 2 }}
      // Each provider has its own models: switching provider picks its first one.
      onValuesChange={(changed: Partial<Values>) => {
        const provider = providers.find((p) => p.name === changed.provider);
        if (provider) form.setFieldValue('model', provider.models[0]?.id);
      }}
      onFinish={launch}
      style={{ rowGap: 12 }}
    >
      <Form.Item
        name="provider"
        label={t('jobs.generate.provider')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          data-testid="generate-provider"
          style={{ minWidth: 200 }}
          options={providers.map((provider) => ({
            value: provider.name,
            label: (
              <span>
                {provider.name}{' '}
                {provider.ruleBased && <Tag color="orange">{t('jobs.generate.ruleBased')}</Tag>}
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="model"
        label={t('jobs.generate.model')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          data-testid="generate-model"
          style={{ minWidth: 200 }}
          options={models.map((model) => ({ value: model.id, label: model.id }))}
        />
      </Form.Item>
      <Form.Item name="variants" label={t('jobs.generate.variants')}>
        <InputNumber data-testid="generate-variants" min={1} max={8} precision={0} />
      </Form.Item>
      <Form.Item name="seed" label={t('jobs.generate.seed')} tooltip={t('jobs.generate.seedHint')}>
        <InputNumber
          data-testid="generate-seed"
          min={0}
          max={2 ** 31 - 1}
          precision={0}
          placeholder={t('jobs.generate.seedPlaceholder')}
          style={{ width: 140 }}
        />
      </Form.Item>
      {briefId && (
        <Form.Item
          name="template"
          label={t('setup.templates.choice.label')}
          tooltip={t('setup.templates.choice.hint')}
        >
          <TemplateChoiceField briefId={briefId} />
        </Form.Item>
      )}
      <Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<ThunderboltOutlined />}
          loading={launching}
          data-testid="generate-launch"
        >
          {t('jobs.generate.launch')}
        </Button>
      </Form.Item>
    </Form>
  );
}
