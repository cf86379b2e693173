import { Scope, type ApiKeyCreated } from '@draftbench/contracts';
import { Checkbox, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { showServerErrors } from '../../settings/components/serverErrors';
import { useCreateApiKey } from '../hooks';
import { EXPIRY_CHOICES, expiresAtFor, SCOPE_TEXT, type ExpiryChoice } from '../model';

interface ApiKeyFormValues {
  name: string;
  scopes: Scope[];
  expiry: ExpiryChoice;
}

const FIELDS = ['name', 'scopes', 'expiresAt'] as const;

/** Name, scopes and lifetime of a new key; hands the created key (with its secret) to `onCreated`. */
export function CreateApiKeyModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (key: ApiKeyCreated) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApiKeyFormValues>();
  const create = useCreateApiKey();

  const close = () => {
    create.reset();
    onClose();
  };

  const submit = ({ name, scopes, expiry }: ApiKeyFormValues) =>
    create.mutate(
      { name: name.trim(), scopes, expiresAt: expiresAtFor(expiry) },
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
      title={t('apiKeys.createTitle')}
      okText={t('apiKeys.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'api-key-form-submit' } }}
      destroyOnHidden
      modalRender={(node) => (
        <Form<ApiKeyFormValues>
          form={form}
          layout="vertical"
          clearOnDestroy
          initialValues={{ scopes: [], expiry: '90' }}
          onFinish={submit}
          data-testid="api-key-form"
        >
          {node}
        </Form>
      )}
    >
      <Form.Item
        name="name"
        label={t('apiKeys.fields.name')}
        extra={t('apiKeys.fields.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 80, message: t('validation.tooLong', { maximum: 80 }) },
        ]}
      >
        <Input data-testid="api-key-name" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t('apiKeys.fields.scopes')}
        extra={t('apiKeys.fields.scopesHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.fields.scopesRequired') }]}
      >
        <Checkbox.Group data-testid="api-key-scope-options">
          <Flex vertical gap={4}>
            {Scope.options.map((scope) => (
              <Checkbox key={scope} value={scope}>
                <span data-testid={`api-key-scope-${scope}`}>
                  <code>{scope}</code>{' '}
                  <Typography.Text type="secondary">{t(SCOPE_TEXT[scope])}</Typography.Text>
                </span>
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="expiry" label={t('apiKeys.fields.expiry')}>
        <Radio.Group data-testid="api-key-expiry">
          {EXPIRY_CHOICES.map((choice) => (
            <Radio.Button key={choice} value={choice}>
              <span data-testid={`api-key-expiry-${choice}`}>
                {choice === 'never'
                  ? t('apiKeys.expiry.never')
                  : t('apiKeys.expiry.days', { count: Number(choice) })}
              </span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {create.error && <ErrorAlert error={create.error} />}
    </Modal>
  );
}
