import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RepeatableRowsField } from './RepeatableRowsField';

export function NewsQuotesField() {
  const { t } = useTranslation();
  return (
    <RepeatableRowsField
      label={t('briefs.news.quotes')}
      name={['news_draft', 'quotes']}
      addLabel={t('briefs.news.addQuote')}
      renderRow={(row) => (
        <>
          <Form.Item name={[row.name, 'speaker']} noStyle>
            <Input placeholder={t('briefs.news.quoteSpeaker')} maxLength={120} />
          </Form.Item>
          <Form.Item name={[row.name, 'role']} noStyle>
            <Input placeholder={t('briefs.news.quoteRole')} maxLength={120} />
          </Form.Item>
          <Form.Item name={[row.name, 'text']} noStyle>
            <Input.TextArea placeholder={t('briefs.news.quoteText')} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </>
      )}
    />
  );
}
