import { theme } from 'antd';
import { forwardRef, useState, type KeyboardEvent } from 'react';

const SCORES = [1, 2, 3, 4, 5] as const;

interface Props {
  value: number | undefined;
  disabled: boolean;
  label: string;
  testId: string;
  /** `typed` when a digit key gave the score (the page then moves on to the next one). */
  onChange: (score: number, typed: boolean) => void;
}

/**
 * A 1–5 score as one keyboard stop: a digit sets it, the arrows (and Home/End) change it, Esc leaves it;
 * a click on a number sets it too.
 */
export const ScoreInput = forwardRef<HTMLDivElement, Props>(function ScoreInput(
  { value, disabled, label, testId, onChange },
  ref,
) {
  const { token } = theme.useToken();
  const [focused, setFocused] = useState(false);
  const current = value ?? 0;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const step: Record<string, number | undefined> = {
      ArrowRight: Math.min(5, current + 1),
      ArrowUp: Math.min(5, current + 1),
      ArrowLeft: Math.max(1, current - 1),
      ArrowDown: Math.max(1, current - 1),
      Home: 1,
      End: 5,
    };
    const stepped = step[event.key];
    if (/^[1-5]$/.test(event.key)) {
      // The digits pick the verdict elsewhere on the page; here they are scores.
      event.preventDefault();
      event.stopPropagation();
      onChange(Number(event.key), true);
    } else if (stepped !== undefined) {
      event.preventDefault();
      onChange(stepped, false);
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    }
  };

  return (
    <div
      ref={ref}
      role="radiogroup"
      aria-label={label}
      aria-disabled={disabled || undefined}
      tabIndex={disabled ? -1 : 0}
      data-testid={testId}
      data-score={value ?? ''}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{
        display: 'inline-flex',
        gap: 4,
        padding: 2,
        borderRadius: token.borderRadius,
        outline: focused ? `2px solid ${token.colorPrimary}` : '2px solid transparent',
        outlineOffset: 1,
      }}
    >
      {SCORES.map((score) => {
        const selected = score === value;
        return (
          <span
            key={score}
            role="radio"
            aria-checked={selected}
            aria-label={String(score)}
            onClick={() => !disabled && onChange(score, false)}
            style={{
              width: 28,
              height: 28,
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 13,
              userSelect: 'none',
              borderRadius: token.borderRadiusSM,
              border: `1px solid ${score <= current ? token.colorPrimary : token.colorBorder}`,
              background: selected
                ? token.colorPrimary
                : score < current
                  ? token.colorPrimaryBg
                  : token.colorBgContainer,
              color: selected
                ? token.colorTextLightSolid
                : disabled
                  ? token.colorTextDisabled
                  : token.colorText,
              cursor: disabled ? 'not-allowed' : 'pointer',
              opacity: disabled && !selected ? 0.7 : 1,
            }}
          >
            {score}
          </span>
        );
      })}
    </div>
  );
});
