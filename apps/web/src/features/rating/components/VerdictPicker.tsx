import type { VoteOutcome } from '@draftbench/contracts';
import { Flex, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, outcomeKey } from '../model';
import { KeyHint } from './KeyHint';

/** The four verdicts, each with the key that picks it. */
export function VerdictPicker({
  value,
  disabled,
  onChange,
}: {
  value: VoteOutcome | undefined;
  disabled: boolean;
  onChange: (outcome: VoteOutcome) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      // null, not undefined: antd would take undefined as uncontrolled and keep the last pair's verdict.
      value={value ?? null}
      disabled={disabled}
      buttonStyle="solid"
      optionType="button"
      onChange={(event) => onChange(event.target.value as VoteOutcome)}
      data-testid="verdict"
      data-value={value ?? ''}
      aria-label={t('rating.outcome.label')}
    >
      {OUTCOMES.map((outcome) => (
        <Radio.Button key={outcome} value={outcome} data-testid={`verdict-${outcome}`}>
          <Flex gap={6} align="center">
            <KeyHint>{outcomeKey(outcome)}</KeyHint>
            {t(`rating.outcome.${outcome}`)}
          </Flex>
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}
