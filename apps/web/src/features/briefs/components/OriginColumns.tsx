import { DraftOrigin, type Brief, type Draft } from '@draftbench/contracts';
import { Col, Empty, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DraftCard } from './DraftCard';
import { OriginTag } from './OriginTag';

/** The brief's drafts in four columns, one per origin (PGC, UGC, AIGC, AI-assisted), to compare them. */
export function OriginColumns({
  drafts,
  brief,
}: {
  drafts: Draft[];
  brief: Pick<Brief, 'contentType' | 'language'>;
}) {
  const { t } = useTranslation();
  return (
    <Row
      gutter={[16, 16]}
      wrap={false}
      style={{ overflowX: 'auto', paddingBottom: 8 }}
      data-testid="draft-columns"
    >
      {DraftOrigin.options.map((origin) => {
        const column = drafts.filter((draft) => draft.origin === origin);
        return (
          <Col key={origin} flex="1 0 300px" data-testid="origin-column" data-origin={origin}>
            <Flex vertical gap={12}>
              <Flex gap={8} align="center">
                <OriginTag origin={origin} testId="origin-column-tag" />
                <Typography.Text type="secondary" data-testid="origin-column-count">
                  {column.length}
                </Typography.Text>
              </Flex>
              {column.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflows.columns.empty')} />
              ) : (
                column.map((draft) => <DraftCard key={draft.id} draft={draft} brief={brief} />)
              )}
            </Flex>
          </Col>
        );
      })}
    </Row>
  );
}
