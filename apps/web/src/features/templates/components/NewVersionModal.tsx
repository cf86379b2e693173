import { App, Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { showServerErrors } from '../../settings/components/serverErrors';
import { useCreateTemplate, useTemplates } from '../hooks';
import { knownVariables, type TemplateGroup } from '../model';
import { VariablesHelp } from './VariablesHelp';

interface Values {
  system: string;
  user: string;
  description: string;
}

const FIELDS = ['system', 'user', 'description'] as const;
const BRIEF_DATA = '{{ brief_data }}';

interface Props {
  group: TemplateGroup;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** Adds the next version of a key in a language, starting from the newest version's text. */
export function NewVersionModal({ group, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateTemplate();
  const ofType = useTemplates({ contentType: group.contentType });
  const [unplaced, setUnplaced] = useState(false);
  const base = group.versions[0];

  const submit = (values: Values) =>
    create.mutate(
      {
        key: group.key,
        contentType: group.contentType,
        framework: group.framework,
        language: group.language,
        system: values.system,
        user: values.user,
        description: values.description,
      },
      {
        onSuccess: (created) => {
          void message.success(
            t('setup.templates.editor.created', { key: created.key, version: created.version }),
          );
          onCreated(created.id);
          onClose();
        },
        // Problems with the text go next to its field; anything else shows as the problem detail.
        onError: (error) => setUnplaced(!showServerErrors(form, error, FIELDS)),
      },
    );

  return (
    <Modal
      open
      width={960}
      title={t('setup.templates.editor.title', {
        key: group.key,
        language: t(`briefLanguage.${group.language}`),
      })}
      okText={t('setup.templates.editor.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'template-editor-submit' } }}
      destroyOnHidden
    >
      {base && (
        <Typography.Paragraph type="secondary">
          {t('setup.templates.editor.basedOn', { version: base.version })}
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="template-editor"
        initialValues={{ system: base?.system ?? '', user: base?.user ?? BRIEF_DATA, description: '' }}
        onFinish={submit}
      >
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <Form.Item
              name="system"
              label={t('setup.templates.editor.system')}
              extra={t('setup.templates.editor.systemHint', { variable: BRIEF_DATA })}
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input.TextArea data-testid="template-system" autoSize={{ minRows: 8, maxRows: 18 }} />
            </Form.Item>
            <Form.Item
              name="user"
              label={t('setup.templates.editor.user')}
              extra={t('setup.templates.editor.userHint', { variable: BRIEF_DATA })}
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input.TextArea data-testid="template-user" autoSize={{ minRows: 3, maxRows: 10 }} />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('setup.templates.editor.description')}
              rules={[{ max: 1000, message: t('validation.tooLong', { maximum: 1000 }) }]}
            >
              <Input
                data-testid="template-description"
                placeholder={t('setup.templates.editor.descriptionPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <VariablesHelp contentType={group.contentType} variables={knownVariables(ofType.data ?? [])} />
          </Col>
        </Row>
      </Form>
      {create.error && unplaced && <ErrorAlert error={create.error} />}
    </Modal>
  );
}
