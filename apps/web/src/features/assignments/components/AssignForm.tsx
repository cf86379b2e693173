import { Button, DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCreateAssignment, useEditors } from '../hooks';

interface Values {
  editorId?: string;
  /** antd's date value; only its ISO form is needed. */
  dueAt?: { endOf(unit: 'day'): { toISOString(): string } } | null;
  note?: string;
}

/** Lead: assigns the brief to an editor, with an optional due date and note. */
export function AssignForm({ briefId }: { briefId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const editors = useEditors();
  const create = useCreateAssignment();
  const active = (editors.data ?? []).filter((user) => !user.disabled);

  const onFinish = ({ editorId, dueAt, note }: Values) => {
    if (!editorId) return;
    create.mutate(
      {
        briefId,
        editorId,
        dueAt: dueAt ? dueAt.endOf('day').toISOString() : undefined,
        note: note?.trim() ? note.trim() : undefined,
      },
      { onSuccess: () => form.resetFields() },
    );
  };

  return (
    <Form form={form} layout="inline" onFinish={onFinish} data-testid="assign-form" style={{ rowGap: 8 }}>
      <Form.Item
        name="editorId"
        label={t('workflows.assign.editor')}
        rules={[{ required: true, message: t('workflows.assign.editorRequired') }]}
      >
        <Select
          data-testid="assign-editor"
          style={{ minWidth: 220 }}
          loading={editors.isLoading}
          placeholder={t('workflows.assign.editorPlaceholder')}
          notFoundContent={t('workflows.assign.noEditors')}
          options={active.map((user) => ({ value: user.id, label: user.displayName, email: user.email }))}
          optionRender={(option) => (
            <span data-testid={`assign-editor-option-${String(option.data.email)}`}>{option.label}</span>
          )}
        />
      </Form.Item>
      <Form.Item name="dueAt" label={t('workflows.assign.dueAt')}>
        <DatePicker data-testid="assign-due-at" />
      </Form.Item>
      <Form.Item name="note" label={t('workflows.assign.note')}>
        <Input data-testid="assign-note" maxLength={2000} style={{ minWidth: 240 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="assign-submit">
          {t('workflows.assign.submit')}
        </Button>
      </Form.Item>
      {create.error && <ErrorAlert error={create.error} />}
      {editors.error && <ErrorAlert error={editors.error} onRetry={() => void editors.refetch()} />}
    </Form>
  );
}
