import type { ModerationStatus, SafetyVerdict } from '@draftbench/contracts';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localized } from '../model';

interface Props {
  title: string;
  verdict: SafetyVerdict;
  moderation?: ModerationStatus;
  testId: string;
}

/** A verdict of the safety gate as a person reads it: the reason in their language, what matched, who checked. */
export function SafetyVerdictAlert({ title, verdict, moderation, testId }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      type={verdict.decision === 'refuse' ? 'error' : 'warning'}
      showIcon
      data-testid={testId}
      data-category={verdict.category ?? ''}
      data-decision={verdict.decision}
      title={title}
      description={
        <Flex vertical gap={4}>
          {verdict.reason && (
            <span data-testid="safety-reason">{localized(verdict.reason, i18n.language)}</span>
          )}
          {verdict.evidence.length > 0 && (
            <Typography.Text type="secondary" data-testid="safety-evidence">
              {t('safety.evidence', { evidence: verdict.evidence.join(' · ') })}
            </Typography.Text>
          )}
          {moderation && (
            <Typography.Text type="secondary" data-testid="safety-checked-by">
              {t(`safety.checkedBy.${moderation}`)}
            </Typography.Text>
          )}
        </Flex>
      }
    />
  );
}
