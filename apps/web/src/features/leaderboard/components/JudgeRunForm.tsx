import { JUDGE_MAX_PAIRS, type JudgeRunCreateInput, type ProviderInfo } from '@draftbench/contracts';
import { ExperimentOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTENT_TYPES, LANGUAGES, type LeaderboardFilters } from '../model';

type Values = Required<Pick<JudgeRunCreateInput, 'provider' | 'model' | 'maxPairs'>> &
  Pick<JudgeRunCreateInput, 'contentType' | 'language'>;

interface Props {
  /** Chat providers only: the template engine cannot judge. */
  providers: ProviderInfo[];
  /** The page's filters: a run starts on the briefs the page shows. */
  filters: LeaderboardFilters;
  starting: boolean;
  onStart: (input: JudgeRunCreateInput) => void;
}

export function JudgeRunForm({ providers, filters, starting, onStart }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const first = providers.find((provider) => provider.isDefault) ?? providers[0];
  const providerName = Form.useWatch('provider', form) ?? first?.name;
  const models = providers.find((provider) => provider.name === providerName)?.models ?? [];

  return (
    <Form<Values>
      form={form}
      layout="inline"
      data-testid="judge-run-form"
      initialValues={{
        provider: first?.name,
        model: first?.models[0]?.id,
        contentType: filters.contentType,
        language: filters.language,
        maxPairs: 50,
      }}
      // Each provider has its own models: switching provider picks its first one.
      onValuesChange={(changed: Partial<Values>) => {
        const provider = providers.find((p) => p.name === changed.provider);
        if (provider) form.setFieldValue('model', provider.models[0]?.id);
      }}
      onFinish={onStart}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="provider" label={t('leaderboard.judge.start.provider')} rules={[{ required: true }]}>
        <Select
          data-testid="judge-provider"
          style={{ minWidth: 160 }}
          options={providers.map((provider) => ({ value: provider.name, label: provider.name }))}
        />
      </Form.Item>
      <Form.Item name="model" label={t('leaderboard.judge.start.model')} rules={[{ required: true }]}>
        <Select
          data-testid="judge-model"
          style={{ minWidth: 200 }}
          options={models.map((model) => ({ value: model.id, label: model.id }))}
        />
      </Form.Item>
      <Form.Item name="contentType" label={t('leaderboard.filters.contentType')}>
        <Select
          data-testid="judge-content-type"
          allowClear
          placeholder={t('leaderboard.judge.start.all')}
          style={{ minWidth: 160 }}
          options={CONTENT_TYPES.map((type) => ({ value: type, label: t(`contentType.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="language" label={t('leaderboard.filters.language')}>
        <Select
          data-testid="judge-language"
          allowClear
          placeholder={t('leaderboard.judge.start.all')}
          style={{ minWidth: 120 }}
          options={LANGUAGES.map((language) => ({ value: language, label: t(`briefLanguage.${language}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="maxPairs"
        label={t('leaderboard.judge.start.maxPairs')}
        tooltip={t('leaderboard.judge.start.maxPairsHint')}
      >
        <InputNumber data-testid="judge-max-pairs" min={1} max={JUDGE_MAX_PAIRS} precision={0} />
      </Form.Item>
      <Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<ExperimentOutlined />}
          loading={starting}
          data-testid="judge-start"
        >
          {t('leaderboard.judge.start.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
