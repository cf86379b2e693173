import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export function NewsQuotesField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('briefs.news.quotes')}>
      <Form.List name={['news_draft', 'quotes']}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item name={[row.name, 'speaker']} noStyle>
                  <Input placeholder={t('briefs.news.quoteSpeaker')} maxLength={120} />
                </Form.Item>
                <Form.Item name={[row.name, 'role']} noStyle>
                  <Input placeholder={t('briefs.news.quoteRole')} maxLength={120} />
                </Form.Item>
                <Form.Item name={[row.name, 'text']} noStyle>
                  <Input.TextArea
                    placeholder={t('briefs.news.quoteText')}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                  />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={t('briefs.news.remove')}
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('briefs.news.addQuote')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
