import { Divider, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { COPY_CHANNELS, COPY_FRAMEWORKS } from '../options';

export function MarketingCopyFields() {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start">{t('briefs.marketing.section')}</Divider>
      <Form.Item name={['marketing_copy', 'productName']} label={t('briefs.marketing.productName')} required>
        <Input data-testid="brief-product-name" maxLength={120} />
      </Form.Item>
      <Form.Item name={['marketing_copy', 'category']} label={t('briefs.marketing.category')} required>
        <Input data-testid="brief-category" maxLength={80} />
      </Form.Item>
      <Form.Item
        name={['marketing_copy', 'sellingPoints']}
        label={t('briefs.marketing.sellingPoints')}
        extra={t('briefs.fields.linesHint')}
        required
      >
        <Input.TextArea data-testid="brief-selling-points" autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name={['marketing_copy', 'channel']} label={t('briefs.marketing.channel')}>
        <Select
          data-testid="brief-channel"
          options={COPY_CHANNELS.map((channel) => ({
            value: channel,
            label: t(`briefs.channel.${channel}`),
          }))}
        />
      </Form.Item>
      <Form.Item name={['marketing_copy', 'framework']} label={t('briefs.marketing.framework')}>
        <Select
          data-testid="brief-framework"
          options={COPY_FRAMEWORKS.map((framework) => ({
            value: framework,
            label: t(`briefs.framework.${framework}`),
          }))}
        />
      </Form.Item>
      <Form.Item name={['marketing_copy', 'brandVoice']} label={t('briefs.marketing.brandVoice')}>
        <Input data-testid="brief-brand-voice" maxLength={200} />
      </Form.Item>
      <Form.Item
        name={['marketing_copy', 'mustSay']}
        label={t('briefs.marketing.mustSay')}
        extra={t('briefs.fields.linesHint')}
      >
        <Input.TextArea data-testid="brief-must-say" autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name={['marketing_copy', 'mustNotSay']}
        label={t('briefs.marketing.mustNotSay')}
        extra={t('briefs.fields.linesHint')}
      >
        <Input.TextArea data-testid="brief-must-not-say" autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
