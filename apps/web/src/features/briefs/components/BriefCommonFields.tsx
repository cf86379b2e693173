import type { Language } from '@draftbench/contracts';
import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { BRIEF_LANGUAGES, CONTENT_TYPES } from '../options';

/** The fields every brief has; the target length's unit follows the brief's language. */
export function BriefCommonFields({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="contentType" label={t('briefs.fields.contentType')} required>
        <Radio.Group optionType="button" buttonStyle="solid">
          {CONTENT_TYPES.map((type) => (
            <Radio.Button key={type} value={type}>
              <span data-testid={`brief-content-type-${type}`}>{t(`contentType.${type}`)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="language" label={t('briefs.fields.language')} required>
        <Radio.Group optionType="button" buttonStyle="solid">
          {BRIEF_LANGUAGES.map((option) => (
            <Radio.Button key={option} value={option}>
              <span data-testid={`brief-language-${option}`}>{t(`briefLanguage.${option}`)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="title" label={t('briefs.fields.title')} required>
        <Input data-testid="brief-title" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="targetLength"
        label={t('briefs.fields.targetLength')}
        required
        extra={<span data-testid="brief-target-length-hint">{t('briefs.fields.targetLengthHint')}</span>}
      >
        <InputNumber
          data-testid="brief-target-length"
          min={1}
          max={5000}
          precision={0}
          suffix={t(`briefs.fields.targetLengthUnit.${language}`)}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item name="tone" label={t('briefs.fields.tone')}>
        <Input data-testid="brief-tone" maxLength={120} />
      </Form.Item>
      <Form.Item name="audience" label={t('briefs.fields.audience')}>
        <Input data-testid="brief-audience" maxLength={200} />
      </Form.Item>
      <Form.Item name="facts" label={t('briefs.fields.facts')} extra={t('briefs.fields.factsHint')}>
        <Input.TextArea data-testid="brief-facts" autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </>
  );
}
