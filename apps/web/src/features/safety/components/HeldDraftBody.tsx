import type { SafetyCheck } from '@draftbench/contracts';
import type { ReactNode } from 'react';
import { HeldDraftNotice } from './HeldDraftNotice';
import { HiddenText } from './HiddenText';

/** A draft the gate holds: why, and its text behind a warning. */
export function HeldDraftBody({ check, children }: { check: SafetyCheck; children: ReactNode }) {
  return (
    <>
      <HeldDraftNotice check={check} />
      <HiddenText>{children}</HiddenText>
    </>
  );
}
