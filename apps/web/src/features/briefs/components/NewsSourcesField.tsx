import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RepeatableRowsField } from './RepeatableRowsField';

export function NewsSourcesField() {
  const { t } = useTranslation();
  return (
    <RepeatableRowsField
      label={t('briefs.news.sources')}
      name={['news_draft', 'sources']}
      addLabel={t('briefs.news.addSource')}
      renderRow={(row) => (
        <>
          <Form.Item name={[row.name, 'name']} noStyle>
            <Input placeholder={t('briefs.news.sourceName')} maxLength={200} />
          </Form.Item>
          <Form.Item name={[row.name, 'url']} noStyle>
            <Input placeholder={t('briefs.news.sourceUrl')} maxLength={2000} />
          </Form.Item>
        </>
      )}
    />
  );
}
