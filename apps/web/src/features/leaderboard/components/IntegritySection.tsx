import type { RatingIntegrity } from '@draftbench/contracts';
import {
  Card,
  Col,
  Flex,
  Row,
  Spin,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatNumber, shortId } from '../../../components/format';
import { OriginTag } from '../../briefs/components/OriginTag';
import { useRatingIntegrity } from '../hooks';
import { formatEffect, formatShare } from '../model';

type Rater = RatingIntegrity['raters'][number];

const NONE = '—';

/** The rating audit for leads: rater agreement, Krippendorff's α and drafts that give their origin away. */
export function IntegritySection() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const integrity = useRatingIntegrity();
  const data = integrity.data;
  const share = (value: number) => formatShare(value, language);

  const columns: TableColumnsType<Rater> = [
    {
      key: 'name',
      title: t('leaderboard.integrity.columns.name'),
      render: (_, rater) => <span data-testid="integrity-rater-name">{rater.name}</span>,
    },
    {
      key: 'votes',
      title: t('leaderboard.integrity.columns.votes'),
      align: 'right',
      render: (_, rater) => formatNumber(rater.votes, language),
    },
    {
      key: 'items',
      title: t('leaderboard.integrity.columns.items'),
      align: 'right',
      render: (_, rater) => formatNumber(rater.items, language),
    },
    {
      key: 'agreement',
      title: t('leaderboard.integrity.columns.agreement'),
      render: ({ agreement }: Rater) => (
        <span data-testid="integrity-agreement" style={{ whiteSpace: 'nowrap' }}>
          {agreement
            ? t('leaderboard.interval', {
                estimate: share(agreement.estimate),
                lower: share(agreement.lower),
                upper: share(agreement.upper),
              })
            : NONE}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('leaderboard.integrity.columns.status'),
      render: (_, rater) =>
        rater.flagged ? (
          <Tooltip title={t('leaderboard.integrity.flaggedHint')}>
            <Tag color="red" data-testid="integrity-flagged">
              {t('leaderboard.integrity.flagged')}
            </Tag>
          </Tooltip>
        ) : (
          <Tag>{t('leaderboard.integrity.ok')}</Tag>
        ),
    },
  ];

  const alpha = (value: number | null) => (value === null ? NONE : formatEffect(value, language));

  return (
    <Flex vertical gap={16} data-testid="integrity" data-state={data ? 'ready' : 'loading'}>
      <Typography.Text type="secondary">{t('leaderboard.integrity.scope')}</Typography.Text>
      {integrity.error && <ErrorAlert error={integrity.error} onRetry={() => void integrity.refetch()} />}
      {integrity.isLoading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('common.loading')} />
        </Flex>
      )}
      {data && (
        <>
          <Card title={t('leaderboard.integrity.raters')} size="small">
            <Flex vertical gap={12}>
              <Typography.Text data-testid="integrity-blind-votes">
                {t('leaderboard.integrity.blindVotes', { count: formatNumber(data.blindVotes, language) })}
                {data.agreementThreshold !== null &&
                  ` · ${t('leaderboard.integrity.threshold', { threshold: share(data.agreementThreshold) })}`}
              </Typography.Text>
              <Table<Rater>
                data-testid="integrity-raters"
                rowKey="raterId"
                columns={columns}
                dataSource={data.raters}
                pagination={false}
                size="middle"
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('leaderboard.integrity.noRaters') }}
                onRow={(rater) =>
                  ({
                    'data-testid': 'integrity-rater',
                    'data-id': rater.raterId,
                    'data-flagged': String(rater.flagged),
                  }) as React.HTMLAttributes<HTMLElement>
                }
              />
            </Flex>
          </Card>
          <Card title={t('leaderboard.integrity.alpha')} size="small" data-testid="integrity-alpha">
            <Flex vertical gap={12}>
              <Row gutter={32}>
                <Col>
                  <Statistic
                    title={t('leaderboard.integrity.alphaOutcomes')}
                    value={alpha(data.krippendorffAlpha.outcomes)}
                    data-testid="integrity-alpha-outcomes"
                  />
                </Col>
                <Col>
                  <Statistic
                    title={t('leaderboard.integrity.alphaRubric')}
                    value={alpha(data.krippendorffAlpha.rubric)}
                    data-testid="integrity-alpha-rubric"
                  />
                </Col>
              </Row>
              <Typography.Text type="secondary">{t('leaderboard.integrity.alphaHint')}</Typography.Text>
            </Flex>
          </Card>
          <Card title={t('leaderboard.integrity.revealing')} size="small" data-testid="integrity-revealing">
            <Flex vertical gap={12}>
              <Typography.Text type="secondary">{t('leaderboard.integrity.revealingHint')}</Typography.Text>
              {data.originRevealingDrafts.length === 0 ? (
                <Typography.Text data-testid="integrity-revealing-none">
                  {t('leaderboard.integrity.noRevealing')}
                </Typography.Text>
              ) : (
                <Flex vertical gap={8} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
                  {data.originRevealingDrafts.map((draft) => (
                    <li key={draft.draftId} data-testid="integrity-revealing-draft" data-id={draft.draftId}>
                      <Flex gap={8} align="center" wrap>
                        <OriginTag origin={draft.origin} testId="integrity-revealing-origin" />
                        <Typography.Text code>
                          {t('leaderboard.integrity.draft', { id: shortId(draft.draftId) })}
                        </Typography.Text>
                        <Link to={`/briefs/${draft.briefId}`} data-testid="integrity-revealing-brief">
                          {t('leaderboard.integrity.openBrief')}
                        </Link>
                      </Flex>
                    </li>
                  ))}
                </Flex>
              )}
            </Flex>
          </Card>
        </>
      )}
    </Flex>
  );
}
