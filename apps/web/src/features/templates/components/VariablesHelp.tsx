import type { ContentType } from '@draftbench/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const placeholder = (name: string) => `{{ ${name} }}`;

/**
 * The `{{ variable }}` syntax, and the variables the stored templates of the content type use. The API
 * has no list of allowed variables to ask for, but every stored version passed its check, so these
 * are known to be accepted; the API reports anything else on the field.
 */
export function VariablesHelp({ contentType, variables }: { contentType: ContentType; variables: string[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="template-variables">
      <Typography.Text strong>{t('setup.templates.editor.variables')}</Typography.Text>
      <Typography.Text type="secondary">
        {t('setup.templates.editor.syntax', {
          example: placeholder('target_length'),
          data: placeholder('brief_data'),
        })}
      </Typography.Text>
      {variables.length > 0 && (
        <>
          <Typography.Text type="secondary">
            {t('setup.templates.editor.known', { contentType: t(`contentType.${contentType}`) })}{' '}
            {t('setup.templates.editor.insert')}
          </Typography.Text>
          <Flex gap={4} wrap>
            {variables.map((name) => (
              <Typography.Text
                key={name}
                copyable={{ text: placeholder(name) }}
                data-testid="template-variable"
              >
                <Tag style={{ marginInlineEnd: 0, fontFamily: 'monospace' }}>{placeholder(name)}</Tag>
              </Typography.Text>
            ))}
          </Flex>
        </>
      )}
    </Flex>
  );
}
