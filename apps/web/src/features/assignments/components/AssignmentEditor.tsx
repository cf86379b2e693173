import type { Assignment } from '@draftbench/contracts';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useActiveSeconds } from '../../../components/useActiveSeconds';
import { useAutosave } from '../../../components/useAutosave';
import { useSaveAssignment, useSubmitAssignment } from '../hooks';
import { SaveIndicator } from './SaveIndicator';

/** Only these states let the editor write; submitted and approved drafts are read-only. */
const EDITABLE = new Set<Assignment['state']>(['assigned', 'in_progress', 'returned']);

/**
 * The PGC draft: autosaved 2 s after typing stops and on blur, each save sending the active editing
 * seconds since the previous one (see useActiveSeconds for the rule); Submit saves first.
 */
export function AssignmentEditor({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation();
  const editable = EDITABLE.has(assignment.state);
  const [body, setBody] = useState(assignment.draft?.body ?? '');
  const activity = useActiveSeconds(editable);
  const save = useSaveAssignment(assignment.id);
  const submit = useSubmitAssignment(assignment.id);
  const autosave = useAutosave(async (text) => {
    const activeSeconds = activity.take();
    try {
      await save.mutateAsync({ body: text, activeSeconds });
    } catch (error) {
      activity.giveBack(activeSeconds);
      throw error;
    }
  });

  const onSubmit = async () => {
    try {
      await autosave.flush();
    } catch {
      return; // the save error shows; nothing to submit yet
    }
    submit.mutate();
  };

  return (
    <Flex vertical gap={12}>
      <Input.TextArea
        data-testid="assignment-body"
        aria-label={t('workflows.editor.title')}
        value={body}
        readOnly={!editable}
        placeholder={t('workflows.editor.placeholder')}
        autoSize={{ minRows: 12, maxRows: 30 }}
        onChange={(event) => {
          setBody(event.target.value);
          autosave.change(event.target.value);
        }}
        onBlur={() => void autosave.flush().catch(() => undefined)}
        onKeyDown={activity.markActive}
        onMouseMove={activity.markActive}
        onMouseDown={activity.markActive}
        onInput={activity.markActive}
      />
      <Flex gap={12} align="center" wrap>
        {editable && (
          <Button
            type="primary"
            data-testid="assignment-submit"
            loading={submit.isPending}
            disabled={!body.trim()}
            onClick={() => void onSubmit()}
          >
            {t('workflows.editor.submit')}
          </Button>
        )}
        <SaveIndicator state={autosave.state} />
        {!editable && (
          <Typography.Text type="secondary" data-testid="assignment-read-only">
            {t('workflows.editor.readOnly', { state: t(`workflows.assignmentState.${assignment.state}`) })}
          </Typography.Text>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('workflows.editor.trackingRule')}
      </Typography.Text>
      {save.error && <ErrorAlert error={save.error} />}
      {submit.error && <ErrorAlert error={submit.error} />}
    </Flex>
  );
}
