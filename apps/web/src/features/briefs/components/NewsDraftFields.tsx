import { Divider, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { NEWS_STYLES } from '../options';
import { NewsQuotesField } from './NewsQuotesField';
import { NewsSourcesField } from './NewsSourcesField';

const FACT_KEYS = ['who', 'what', 'when', 'where', 'why', 'how'] as const;

export function NewsDraftFields() {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start">{t('briefs.news.section')}</Divider>
      <Form.Item name={['news_draft', 'headlineIdea']} label={t('briefs.news.headlineIdea')} required>
        <Input data-testid="brief-headline-idea" maxLength={200} />
      </Form.Item>
      <Form.Item name={['news_draft', 'angle']} label={t('briefs.news.angle')}>
        <Input data-testid="brief-angle" maxLength={300} />
      </Form.Item>
      <Form.Item name={['news_draft', 'style']} label={t('briefs.news.style')}>
        <Select
          data-testid="brief-news-style"
          options={NEWS_STYLES.map((style) => ({ value: style, label: t(`briefs.newsStyle.${style}`) }))}
        />
      </Form.Item>
      <Divider titlePlacement="start">{t('briefs.news.factsSection')}</Divider>
      {FACT_KEYS.map((key) => (
        <Form.Item
          key={key}
          name={['news_draft', 'facts', key]}
          label={t(`briefs.news.${key}`)}
          required={key === 'what'}
        >
          <Input.TextArea data-testid={`brief-news-${key}`} autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
      ))}
      <NewsSourcesField />
      <NewsQuotesField />
    </>
  );
}
