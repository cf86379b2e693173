import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled list of form rows, each with a remove button, and an add button below. */
export function RepeatableRowsField({
  label,
  name,
  addLabel,
  renderRow,
}: {
  label: string;
  name: (string | number)[];
  addLabel: string;
  renderRow: (row: FormListFieldData) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                {renderRow(row)}
                <Button
                  type="text"
                  aria-label={t('briefs.news.remove')}
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {addLabel}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
