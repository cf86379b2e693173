import { Flex, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownCriterion, rubricCells, SIDES, type Rubric, type Side } from '../model';
import { ScoreInput } from './ScoreInput';

interface Props {
  criteria: readonly string[];
  rubric: Rubric;
  disabled: boolean;
  /** `index` counts the cells in `rubricCells` order; `typed` when a digit key gave the score. */
  onScore: (index: number, score: number, typed: boolean) => void;
  cellRef: (index: number) => (element: HTMLDivElement | null) => void;
}

/** Each criterion of the content type, scored 1–5 for the left and for the right text. */
export function RubricTable({ criteria, rubric, disabled, onScore, cellRef }: Props) {
  const { t } = useTranslation();
  const cells = rubricCells(criteria);
  const name = (criterion: string) =>
    isKnownCriterion(criterion) ? t(`rating.criteria.${criterion}`) : criterion;
  const sideName = (side: Side) => t(`rating.side.${side}`);
  return (
    <div
      data-testid="rubric"
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(160px, 1fr) auto auto',
        columnGap: 24,
        rowGap: 8,
        alignItems: 'center',
      }}
    >
      <Typography.Text type="secondary">{t('rating.rubric.criterion')}</Typography.Text>
      {SIDES.map((side) => (
        <Typography.Text key={side} type="secondary">
          {sideName(side)}
        </Typography.Text>
      ))}
      {criteria.map((criterion) => (
        <Fragment key={criterion}>
          <Flex vertical data-testid="rubric-criterion" data-criterion={criterion}>
            <Typography.Text strong>{name(criterion)}</Typography.Text>
            {isKnownCriterion(criterion) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`rating.criteriaHint.${criterion}`)}
              </Typography.Text>
            )}
          </Flex>
          {SIDES.map((side) => {
            const index = cells.findIndex((c) => c.criterion === criterion && c.side === side);
            return (
              <div key={side} data-rubric-cell>
                <ScoreInput
                  ref={cellRef(index)}
                  value={rubric[criterion]?.[side]}
                  disabled={disabled}
                  onChange={(score, typed) => onScore(index, score, typed)}
                  label={t('rating.rubric.scoreLabel', { criterion: name(criterion), side: sideName(side) })}
                  testId={`rubric-${criterion}-${side}`}
                />
              </div>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
