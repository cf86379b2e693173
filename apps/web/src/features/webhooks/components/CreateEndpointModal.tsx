import { WebhookEventType, type ApiKey, type WebhookEndpointCreated } from '@draftbench/contracts';
import { Checkbox, Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { showServerErrors } from '../../settings/components/serverErrors';
import { useCreateWebhookEndpoint } from '../hooks';

/** `session`: the jobs the user creates while signed in; otherwise the id of one of their keys. */
const SESSION = 'session';

interface EndpointFormValues {
  url: string;
  events: WebhookEventType[];
  source: string;
  description?: string;
}

const FIELDS = ['url', 'events', 'description'] as const;

/** URL, events and whose jobs to hear about; hands the created endpoint (with its secret) to `onCreated`. */
export function CreateEndpointModal({
  open,
  keys,
  onClose,
  onCreated,
}: {
  open: boolean;
  /** The user's API keys that still work. */
  keys: ApiKey[];
  onClose: () => void;
  onCreated: (endpoint: WebhookEndpointCreated) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EndpointFormValues>();
  const create = useCreateWebhookEndpoint();

  const close = () => {
    create.reset();
    onClose();
  };

  const submit = ({ url, events, source, description }: EndpointFormValues) =>
    create.mutate(
      {
        url: url.trim(),
        events,
        apiKeyId: source === SESSION ? undefined : source,
        description: description?.trim() || undefined,
      },
      {
        onSuccess: (created) => {
          close();
          onCreated(created);
        },
        onError: (error) => void showServerErrors(form, error, FIELDS),
      },
    );

  return (
    <Modal
      open={open}
      title={t('webhooks.createTitle')}
      okText={t('webhooks.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'webhook-form-submit' } }}
      destroyOnHidden
      modalRender={(node) => (
        <Form<EndpointFormValues>
          form={form}
          layout="vertical"
          clearOnDestroy
          initialValues={{ events: [...WebhookEventType.options], source: SESSION }}
          onFinish={submit}
          data-testid="webhook-form"
        >
          {node}
        </Form>
      )}
    >
      <Form.Item
        name="url"
        label={t('webhooks.fields.url')}
        extra={t('webhooks.fields.urlHint')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { type: 'url', message: t('webhooks.fields.urlInvalid') },
        ]}
      >
        <Input data-testid="webhook-url" autoComplete="off" placeholder="https://" />
      </Form.Item>
      <Form.Item
        name="events"
        label={t('webhooks.fields.events')}
        rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.fields.eventsRequired') }]}
      >
        <Checkbox.Group>
          <Flex vertical gap={4}>
            {WebhookEventType.options.map((event) => (
              <Checkbox key={event} value={event} data-testid={`webhook-event-${event}`}>
                <code>{event}</code>
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="source" label={t('webhooks.fields.source')} extra={t('webhooks.fields.sourceHint')}>
        <Select
          data-testid="webhook-source"
          options={[
            { value: SESSION, label: t('webhooks.source.session') },
            ...keys.map((key) => ({
              value: key.id,
              label: t('webhooks.source.key', { name: key.name, prefix: key.prefix }),
            })),
          ]}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('webhooks.fields.description')}
        rules={[{ max: 200, message: t('validation.tooLong', { maximum: 200 }) }]}
      >
        <Input data-testid="webhook-description" autoComplete="off" />
      </Form.Item>
      {create.error && <ErrorAlert error={create.error} />}
    </Modal>
  );
}
