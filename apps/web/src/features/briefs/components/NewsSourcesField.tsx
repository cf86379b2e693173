import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export function NewsSourcesField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('briefs.news.sources')}>
      <Form.List name={['news_draft', 'sources']}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item name={[row.name, 'name']} noStyle>
                  <Input placeholder={t('briefs.news.sourceName')} maxLength={200} />
                </Form.Item>
                <Form.Item name={[row.name, 'url']} noStyle>
                  <Input placeholder={t('briefs.news.sourceUrl')} maxLength={2000} />
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
              {t('briefs.news.addSource')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
