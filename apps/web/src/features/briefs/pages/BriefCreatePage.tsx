import { DraftbenchApiError } from '@draftbench/client';
import { BriefCreate, type ContentType } from '@draftbench/contracts';
import { App, Button, Card, Form, Typography, type FormInstance } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { uiLanguage } from '../../../i18n';
import { BriefCommonFields } from '../components/BriefCommonFields';
import { MarketingCopyFields } from '../components/MarketingCopyFields';
import { NewsDraftFields } from '../components/NewsDraftFields';
import { VideoScriptFields } from '../components/VideoScriptFields';
import { parseDottedPath, toBriefInput, toFormName, type BriefFormValues, type FormName } from '../formModel';
import { useCreateBrief } from '../hooks';
import { issueMessage } from '../validation';

const TYPED_FIELDS: Record<ContentType, ComponentType> = {
  marketing_copy: MarketingCopyFields,
  news_draft: NewsDraftFields,
  video_script: VideoScriptFields,
};

type FieldData = Parameters<FormInstance<BriefFormValues>['setFields']>[0][number];

/** One entry per field, so a field with several problems shows them all. */
function groupErrors(entries: { name: FormName; message: string }[]): FieldData[] {
  const byName = new Map<string, FieldData & { errors: string[] }>();
  for (const { name, message } of entries) {
    const key = JSON.stringify(name);
    // toFormName builds paths from the same schema the form mirrors; antd cannot type a runtime path.
    const current = byName.get(key) ?? { name: name as FieldData['name'], errors: [] };
    current.errors.push(message);
    byName.set(key, current);
  }
  return [...byName.values()];
}

export default function BriefCreatePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateBrief();
  const [form] = Form.useForm<BriefFormValues>();
  const contentType = Form.useWatch('contentType', form) ?? 'marketing_copy';
  const language = Form.useWatch('language', form) ?? 'en';
  const TypedFields = TYPED_FIELDS[contentType];

  const initialValues: BriefFormValues = {
    contentType: 'marketing_copy',
    language: uiLanguage(i18n.resolvedLanguage) === 'zh-CN' ? 'zh' : 'en',
    marketing_copy: { channel: 'ecommerce_detail', framework: 'AIDA' },
    news_draft: { style: 'wire' },
    video_script: { platform: 'douyin', durationSeconds: 30 },
  };

  const showErrors = (entries: { name: FormName; message: string }[]) => {
    form.setFields(groupErrors(entries));
    void message.error(t('briefs.create.invalid'));
  };

  const submit = (values: BriefFormValues) => {
    const parsed = BriefCreate.safeParse(toBriefInput(values));
    if (!parsed.success) {
      showErrors(
        parsed.error.issues.map((issue) => ({
          name: toFormName(issue.path, values.contentType),
          message: issueMessage(t, issue),
        })),
      );
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (brief) => {
        void message.success(t('briefs.create.created'));
        void navigate(`/briefs/${brief.id}`);
      },
      onError: (error) => {
        // The server may know more than the schema (e.g. limits); its field errors go next to the fields.
        const fieldErrors = error instanceof DraftbenchApiError ? (error.problem.errors ?? []) : [];
        if (fieldErrors.length > 0) {
          showErrors(
            fieldErrors.map((e) => ({
              name: toFormName(parseDottedPath(e.path), values.contentType),
              message: e.message,
            })),
          );
        }
      },
    });
  };

  return (
    <Card style={{ maxWidth: 820, margin: '0 auto' }}>
      <Typography.Title level={2}>{t('briefs.create.title')}</Typography.Title>
      <Form<BriefFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        data-testid="brief-form"
      >
        <BriefCommonFields language={language} />
        <TypedFields />
        {create.error && <ErrorAlert error={create.error} />}
        <Form.Item style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="brief-submit">
            {t('briefs.create.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
