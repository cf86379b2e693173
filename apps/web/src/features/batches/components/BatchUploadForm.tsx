import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import type { Batch, ProviderInfo } from '@draftbench/contracts';
import { Button, Form, Input, InputNumber, Segmented, Typography, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { showServerErrors } from '../../settings/components/serverErrors';
import { useCreateBatch, type BatchSubmission } from '../hooks';
import { parseBriefsJson } from '../model';
import { TargetRows, type TargetValue } from './TargetRows';

interface Values {
  source: 'csv' | 'json';
  file?: UploadFile[];
  briefs?: string;
  targets: TargetValue[];
  variants: number;
}

/** Where the app serves docs/examples/briefs.csv. */
export const EXAMPLE_CSV = '/examples/briefs.csv';

interface Props {
  providers: ProviderInfo[];
  onCreated: (batch: Batch) => void;
}

/** A CSV file (chosen or dropped, sent only on submit) or a JSON array, with targets and variants. */
export function BatchUploadForm({ providers, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateBatch();
  const source = Form.useWatch('source', form) ?? 'csv';
  const first = providers.find((provider) => provider.isDefault) ?? providers[0];

  const submit = (values: Values) => {
    const options = {
      targets: values.targets.map(({ provider, model }) => ({ provider, ...(model ? { model } : {}) })),
      variants: values.variants,
    };
    let input: BatchSubmission | undefined;
    const file = values.file?.[0]?.originFileObj;
    if (values.source === 'csv' && file) input = { source: 'csv', file, options };
    if (values.source === 'json') {
      const parsed = parseBriefsJson(values.briefs ?? '');
      if ('briefs' in parsed) input = { source: 'json', briefs: parsed.briefs, options };
    }
    if (input)
      create.mutate(input, {
        onSuccess: onCreated,
        // A whole-file problem also goes next to the file (or JSON) field; the alert keeps the detail.
        onError: (error) => void showServerErrors(form, error, ['file', 'briefs', 'variants']),
      });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="batch-upload-form"
      initialValues={{
        source: 'csv',
        targets: [{ provider: first?.name, model: first?.models[0]?.id }],
        variants: 1,
      }}
      onFinish={submit}
    >
      <Form.Item name="source" label={t('setup.batches.upload.source')}>
        <Segmented
          data-testid="batch-source"
          options={[
            {
              value: 'csv',
              label: <span data-testid="batch-source-csv">{t('setup.batches.source.csv')}</span>,
            },
            {
              value: 'json',
              label: <span data-testid="batch-source-json">{t('setup.batches.source.json')}</span>,
            },
          ]}
        />
      </Form.Item>
      {source === 'csv' ? (
        <Form.Item
          name="file"
          label={t('setup.batches.upload.file')}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
          rules={[{ required: true, type: 'array', min: 1, message: t('setup.batches.upload.fileRequired') }]}
          extra={
            <Typography.Link href={EXAMPLE_CSV} download="briefs.csv" data-testid="batch-example-csv">
              <DownloadOutlined /> {t('setup.batches.upload.example')}
            </Typography.Link>
          }
        >
          {/* Kept in the form until submit: nothing is sent when a file is chosen. */}
          <Upload.Dragger
            data-testid="batch-file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            maxCount={1}
            beforeUpload={() => false}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('setup.batches.upload.drop')}</p>
            <p className="ant-upload-hint">{t('setup.batches.upload.dropHint')}</p>
          </Upload.Dragger>
        </Form.Item>
      ) : (
        <Form.Item
          name="briefs"
          label={t('setup.batches.upload.json')}
          extra={t('setup.batches.upload.jsonHint')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            {
              validator: (_, text?: string) => {
                if (!text?.trim()) return Promise.resolve();
                const parsed = parseBriefsJson(text);
                if ('briefs' in parsed) return Promise.resolve();
                return Promise.reject(
                  new Error(
                    parsed.error === 'invalid'
                      ? t('setup.batches.upload.jsonInvalid', { message: parsed.message ?? '' })
                      : t('setup.batches.upload.jsonNotArray'),
                  ),
                );
              },
            },
          ]}
        >
          <Input.TextArea
            data-testid="batch-json"
            autoSize={{ minRows: 8, maxRows: 20 }}
            spellCheck={false}
          />
        </Form.Item>
      )}
      <TargetRows providers={providers} form={form} />
      <Form.Item name="variants" label={t('setup.batches.upload.variants')}>
        <InputNumber data-testid="batch-variants" min={1} max={8} precision={0} />
      </Form.Item>
      {create.error && <ErrorAlert error={create.error} />}
      <Form.Item style={{ marginTop: 16, marginBottom: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          icon={<UploadOutlined />}
          loading={create.isPending}
          data-testid="batch-submit"
        >
          {t('setup.batches.upload.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
