import type { EditMetrics } from '@draftbench/contracts';
import { Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

const INSERT: CSSProperties = { color: '#237804', background: '#f6ffed', textDecoration: 'underline' };
const DELETE: CSSProperties = { color: '#a8071a', background: '#fff1f0', textDecoration: 'line-through' };

/**
 * The human's changes to the AI draft, from the diff the API stored: insertions green and
 * underlined, deletions red and struck through. Loaded lazily (default export) with the editor.
 */
export default function DiffView({ diff }: { diff: EditMetrics['diff'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Flex gap={12}>
        <span style={INSERT}>{t('workflows.assisted.legendInsert')}</span>
        <span style={DELETE}>{t('workflows.assisted.legendDelete')}</span>
      </Flex>
      <Typography.Paragraph data-testid="diff-view" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {diff.map((part, index) =>
          part.op === 'insert' ? (
            <ins key={index} data-testid="diff-insert" style={INSERT}>
              {part.text}
            </ins>
          ) : part.op === 'delete' ? (
            <del key={index} data-testid="diff-delete" style={DELETE}>
              {part.text}
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </Typography.Paragraph>
    </Flex>
  );
}
