import { Divider, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { VIDEO_PLATFORMS } from '../options';

export function VideoScriptFields() {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start">{t('briefs.video.section')}</Divider>
      <Form.Item name={['video_script', 'topic']} label={t('briefs.video.topic')} required>
        <Input data-testid="brief-topic" maxLength={200} />
      </Form.Item>
      <Form.Item name={['video_script', 'platform']} label={t('briefs.video.platform')}>
        <Select
          data-testid="brief-platform"
          options={VIDEO_PLATFORMS.map((platform) => ({
            value: platform,
            label: t(`briefs.platform.${platform}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name={['video_script', 'durationSeconds']}
        label={t('briefs.video.durationSeconds')}
        required
      >
        <InputNumber data-testid="brief-duration" min={5} max={600} precision={0} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name={['video_script', 'style']} label={t('briefs.video.style')}>
        <Input data-testid="brief-video-style" maxLength={120} />
      </Form.Item>
      <Form.Item name={['video_script', 'callToAction']} label={t('briefs.video.callToAction')} required>
        <Input data-testid="brief-call-to-action" maxLength={200} />
      </Form.Item>
    </>
  );
}
