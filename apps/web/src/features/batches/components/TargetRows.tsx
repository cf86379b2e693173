import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProviderInfo } from '@draftbench/contracts';
import { Button, Flex, Form, Select, Tag, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

export interface TargetValue {
  provider: string;
  model?: string;
}

const MAX_TARGETS = 10;

function TargetRow({
  name,
  providers,
  form,
  onRemove,
}: {
  name: number;
  providers: ProviderInfo[];
  form: FormInstance;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const providerName = Form.useWatch(['targets', name, 'provider'], form) as string | undefined;
  const models = providers.find((provider) => provider.name === providerName)?.models ?? [];
  return (
    <Flex gap={8} align="start" data-testid="batch-target">
      <Form.Item
        name={[name, 'provider']}
        rules={[{ required: true, message: t('validation.required') }]}
        style={{ marginBottom: 8 }}
      >
        <Select
          data-testid="batch-target-provider"
          aria-label={t('setup.batches.upload.provider')}
          placeholder={t('setup.batches.upload.provider')}
          style={{ width: 220 }}
          // Each provider has its own models: switching provider picks its first one.
          onChange={(next: string) =>
            form.setFieldValue(
              ['targets', name, 'model'],
              providers.find((provider) => provider.name === next)?.models[0]?.id,
            )
          }
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
      <Form.Item name={[name, 'model']} style={{ marginBottom: 8 }}>
        <Select
          data-testid="batch-target-model"
          aria-label={t('setup.batches.upload.model')}
          placeholder={t('setup.batches.upload.model')}
          style={{ width: 240 }}
          options={models.map((model) => ({ value: model.id, label: model.id }))}
        />
      </Form.Item>
      {onRemove && (
        <Button
          type="text"
          icon={<MinusCircleOutlined />}
          aria-label={t('setup.batches.upload.removeTarget')}
          onClick={onRemove}
        />
      )}
    </Flex>
  );
}

/** Provider + model rows: every accepted brief gets one job per row. */
export function TargetRows({ providers, form }: { providers: ProviderInfo[]; form: FormInstance }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('setup.batches.upload.targets')}
      extra={t('setup.batches.upload.targetsHint')}
      required
    >
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <TargetRow
                key={field.key}
                name={field.name}
                providers={providers}
                form={form}
                onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
              />
            ))}
            {fields.length < MAX_TARGETS && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                data-testid="batch-add-target"
                onClick={() => add({ provider: providers[0]?.name, model: providers[0]?.models[0]?.id })}
              >
                {t('setup.batches.upload.addTarget')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
