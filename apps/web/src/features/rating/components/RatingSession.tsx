import { CheckCircleFilled, LockOutlined } from '@ant-design/icons';
import { DraftbenchApiError } from '@draftbench/client';
import type { BothBadReason, RatingTask, VoteOutcome } from '@draftbench/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Input,
  Row,
  Select,
  Tag,
  Typography,
  type RefSelectProps,
} from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useVote } from '../hooks';
import {
  missingParts,
  missingScores,
  outcomeForKey,
  outcomeKey,
  REASONS,
  rubricCells,
  SIDES,
  toVoteInput,
  type Rubric,
  type Side,
  type VoteDraft,
} from '../model';
import { KeyboardHelp } from './KeyboardHelp';
import { KeyHint } from './KeyHint';
import { PairText } from './PairText';
import { RatingBrief } from './RatingBrief';
import { RevealBadges } from './RevealBadges';
import { RubricTable } from './RubricTable';
import { VerdictPicker } from './VerdictPicker';

type FocusTarget = 'reason' | 'save' | 'next' | number;

const PICKED: Partial<Record<VoteOutcome, Side>> = { a: 'left', b: 'right' };

/** Text fields take their keys; radios, stars and buttons leave the shortcuts to the page. */
const isTyping = (target: HTMLElement | null): boolean =>
  !!target &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' &&
      !['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type)));

const EMPTY_DRAFT: VoteDraft = { rubric: {}, comment: '' };

/**
 * One blind pair, from the first look to the reveal. The session stays mounted from pair to pair and
 * starts each one with an empty form and its own clock: remounting it (a `key` per pair) made antd drop
 * and regenerate the styles of every component in it, most of the time "Next pair" took.
 */
export function RatingSession({ task, onNext }: { task: RatingTask; onNext: () => void }) {
  const { t } = useTranslation();
  const vote = useVote();
  // The vote's state belongs to the pair it was made on, not to the pair now on screen.
  const ownVote = vote.variables?.assignmentId === task.assignmentId;
  const result = ownVote ? vote.data : undefined;
  const voteError = ownVote ? vote.error : null;
  const votePending = ownVote && vote.isPending;
  const [draft, setDraft] = useState<VoteDraft>(EMPTY_DRAFT);
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget } | null>(null);
  // A new pair: reset the form while rendering, so the old answers never show next to the new texts.
  const [pairId, setPairId] = useState(task.assignmentId);
  if (pairId !== task.assignmentId) {
    setPairId(task.assignmentId);
    setDraft(EMPTY_DRAFT);
    setAttempted(false);
    setFocusRequest(null);
  }
  const shownAt = useRef(0);
  const cells = useRef<(HTMLDivElement | null)[]>([]);
  const reasonRef = useRef<RefSelectProps>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const order = rubricCells(task.criteria);
  const missing = missingParts(draft, task.criteria);
  const complete = missing.length === 0;
  const alreadyVoted = voteError instanceof DraftbenchApiError && voteError.status === 409;

  // The clock starts when the pair is on screen.
  useEffect(() => {
    shownAt.current = performance.now();
  }, [task.assignmentId]);

  // Focus moves once the element it goes to has rendered (the reason select, an enabled Save button).
  useEffect(() => {
    if (!focusRequest) return;
    const { target } = focusRequest;
    if (typeof target === 'number') cells.current[target]?.focus();
    else if (target === 'reason') reasonRef.current?.focus();
    else if (target === 'save') {
      // Without a verdict Save stays disabled: leave the rubric so the keys 1–4 choose one.
      if (saveRef.current?.disabled && document.activeElement instanceof HTMLElement)
        document.activeElement.blur();
      else saveRef.current?.focus();
    } else nextRef.current?.focus();
  }, [focusRequest]);

  /** Where the keyboard should go next: the first part of the form still missing, from `after` on. */
  const nextStop = (state: VoteDraft, after = -1): FocusTarget => {
    if (state.outcome === 'both_bad' && !state.reason) return 'reason';
    const empty = (i: number) => {
      const cell = order[i];
      return !!cell && !state.rubric[cell.criterion]?.[cell.side];
    };
    for (let i = after + 1; i < order.length; i++) if (empty(i)) return i;
    for (let i = 0; i <= after; i++) if (empty(i)) return i;
    return 'save';
  };

  const choose = (outcome: VoteOutcome, fromKey: boolean) => {
    const next = { ...draft, outcome };
    setDraft(next);
    if (fromKey) setFocusRequest({ target: nextStop(next) });
  };

  const setReason = (reason: BothBadReason) => {
    const next = { ...draft, reason };
    setDraft(next);
    setFocusRequest({ target: nextStop(next) });
  };

  const score = (index: number, value: number, typed: boolean) => {
    const cell = order[index];
    if (!cell) return;
    const rubric: Rubric = {
      ...draft.rubric,
      [cell.criterion]: { ...draft.rubric[cell.criterion], [cell.side]: value },
    };
    const next = { ...draft, rubric };
    setDraft(next);
    if (typed) setFocusRequest({ target: nextStop(next, index) });
  };

  const save = () => {
    if (result || votePending) return;
    const input = toVoteInput(draft, task.criteria, performance.now() - shownAt.current);
    if (!input) {
      setAttempted(true);
      if (draft.outcome) setFocusRequest({ target: nextStop(draft) });
      return;
    }
    vote.mutate(
      { assignmentId: task.assignmentId, input },
      { onSuccess: () => setFocusRequest({ target: 'next' }) },
    );
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const typing = isTyping(target);
    const inSelect = !!target?.closest('.ant-select');
    const onButton = !!target?.closest('button');
    const modified = event.ctrlKey || event.metaKey;
    if (result) {
      const next =
        ((event.key === 'n' || event.key === 'N') && !typing && !modified) ||
        (event.key === 'Enter' && !typing && !onButton && !inSelect);
      if (next) {
        event.preventDefault();
        onNext();
      }
      return;
    }
    if (event.key === 'Enter') {
      // Enter in the comment adds a line; Ctrl/⌘+Enter saves from there too.
      if ((typing && !modified) || onButton || inSelect) return;
      event.preventDefault();
      save();
      return;
    }
    const outcome = outcomeForKey(event.key);
    if (outcome && !typing && !inSelect && !modified && !target?.closest('[data-rubric-cell]')) {
      event.preventDefault();
      choose(outcome, true);
    }
  };
  const onKeyRef = useRef(onKey);
  useEffect(() => {
    onKeyRef.current = onKey;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyRef.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const cellRef = useCallback(
    (index: number) => (element: HTMLDivElement | null) => {
      cells.current[index] = element;
    },
    [],
  );

  const outcome = result?.vote.outcome ?? draft.outcome;
  const picked = (side: Side) => !!outcome && PICKED[outcome] === side;
  const missingText = missing
    .map((part) =>
      part === 'rubric'
        ? t('rating.missing.rubric', { missing: missingScores(draft.rubric, task.criteria) })
        : t(`rating.missing.${part}`),
    )
    .join(t('common.listSeparator'));

  return (
    <Flex
      vertical
      gap={16}
      data-testid="rating-session"
      data-assignment-id={task.assignmentId}
      data-state={result ? 'revealed' : 'blind'}
    >
      <RatingBrief brief={task.brief} />
      {/* The AI notice, without saying which text: naming it would reveal the origin before the vote. */}
      {!result && (
        <Alert type="info" showIcon data-testid="blind-ai-notice" title={t('rating.aiNoticeBlind')} />
      )}
      {result && (
        <Alert
          type="success"
          showIcon
          data-testid="vote-saved"
          title={t('rating.vote.saved')}
          description={t('rating.vote.savedHint')}
        />
      )}
      <Row gutter={[16, 16]}>
        {SIDES.map((side) => (
          <Col key={side} xs={24} md={12}>
            <Card
              size="small"
              data-testid={`pair-${side}`}
              title={
                <Flex gap={8} align="center">
                  {t(`rating.side.${side}Text`)}
                  {!result && <KeyHint>{outcomeKey(side === 'left' ? 'a' : 'b')}</KeyHint>}
                </Flex>
              }
              extra={
                picked(side) ? (
                  <Tag color="blue" icon={<CheckCircleFilled />} data-testid="pair-picked">
                    {t('rating.picked')}
                  </Tag>
                ) : null
              }
              style={{ height: '100%', borderColor: picked(side) ? '#1677ff' : undefined }}
            >
              <Flex vertical gap={12}>
                {result && <RevealBadges draft={result[side]} />}
                <PairText draft={task[side]} />
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Card
            size="small"
            title={t('rating.vote.title')}
            data-testid="vote-form"
            extra={
              result ? (
                <Tag icon={<LockOutlined />} color="default" data-testid="vote-locked">
                  {t('rating.vote.locked')}
                </Tag>
              ) : null
            }
          >
            <Flex vertical gap={16}>
              <Flex vertical gap={8}>
                <Typography.Text strong>{t('rating.outcome.label')}</Typography.Text>
                <VerdictPicker value={draft.outcome} disabled={!!result} onChange={(o) => choose(o, false)} />
                {draft.outcome === 'both_bad' && (
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text>{t('rating.reason.label')}</Typography.Text>
                    <Select<BothBadReason>
                      ref={reasonRef}
                      value={draft.reason}
                      onChange={setReason}
                      disabled={!!result}
                      placeholder={t('rating.reason.placeholder')}
                      status={attempted && !draft.reason ? 'error' : undefined}
                      style={{ minWidth: 220 }}
                      data-testid="rating-reason"
                      aria-required
                      options={REASONS.map((reason) => ({
                        value: reason,
                        label: t(`rating.reason.${reason}`),
                      }))}
                    />
                  </Flex>
                )}
              </Flex>
              <Flex vertical gap={8}>
                <Flex vertical>
                  <Typography.Text strong>{t('rating.rubric.title')}</Typography.Text>
                  <Typography.Text type="secondary">{t('rating.rubric.hint')}</Typography.Text>
                </Flex>
                <RubricTable
                  criteria={task.criteria}
                  rubric={draft.rubric}
                  disabled={!!result}
                  onScore={score}
                  cellRef={cellRef}
                />
              </Flex>
              <Flex vertical gap={8}>
                <Typography.Text strong>{t('rating.comment.label')}</Typography.Text>
                <Input.TextArea
                  value={draft.comment}
                  onChange={(event) => setDraft({ ...draft, comment: event.target.value })}
                  readOnly={!!result}
                  maxLength={2000}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  placeholder={t('rating.comment.placeholder')}
                  data-testid="rating-comment"
                />
              </Flex>
              {voteError && <ErrorAlert error={voteError} />}
              {/* Saved elsewhere already (another tab): nothing left to do here but move on. */}
              {alreadyVoted && (
                <Button onClick={onNext} data-testid="rating-next">
                  {t('rating.next')}
                </Button>
              )}
              {result ? (
                <Flex gap={12} align="center" wrap>
                  <Button type="primary" ref={nextRef} onClick={onNext} data-testid="rating-next">
                    {t('rating.next')}
                  </Button>
                  <KeyHint>N</KeyHint>
                  <KeyHint>Enter</KeyHint>
                  <Typography.Text type="secondary" data-testid="rating-time">
                    {t('rating.vote.time', {
                      seconds: Math.max(1, Math.round(result.vote.timeTakenMs / 1000)),
                    })}
                  </Typography.Text>
                </Flex>
              ) : (
                <Flex gap={12} align="center" wrap>
                  <Button
                    type="primary"
                    ref={saveRef}
                    disabled={!complete}
                    loading={votePending}
                    onClick={save}
                    data-testid="rating-save"
                  >
                    {t('rating.vote.save')}
                  </Button>
                  <KeyHint>Enter</KeyHint>
                  {!complete && (
                    <Typography.Text type={attempted ? 'danger' : 'secondary'} data-testid="rating-missing">
                      {t('rating.missing.label', { parts: missingText })}
                    </Typography.Text>
                  )}
                </Flex>
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <KeyboardHelp />
        </Col>
      </Row>
    </Flex>
  );
}
