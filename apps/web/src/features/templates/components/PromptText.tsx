import { Typography } from 'antd';
import { splitBriefData } from '../model';

const BLOCK: React.CSSProperties = {
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  margin: 0,
  padding: 12,
  borderRadius: 6,
  background: 'rgba(0, 0, 0, 0.03)',
  border: '1px solid rgba(0, 0, 0, 0.06)',
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 13,
  maxHeight: 420,
  overflow: 'auto',
};

const DATA: React.CSSProperties = {
  display: 'block',
  margin: '4px 0',
  padding: '4px 8px',
  borderLeft: '3px solid #1677ff',
  background: 'rgba(22, 119, 255, 0.06)',
};

/**
 * A system or user message. Rendered text shows the delimited brief data (`<brief>…</brief>`) set
 * apart, so the reader sees what reaches the model as data rather than as instructions.
 */
export function PromptText({
  title,
  text,
  testId,
  dataTitle,
}: {
  title: string;
  text: string;
  testId: string;
  dataTitle?: string;
}) {
  // Only rendered user text holds brief data; elsewhere the tags are just words.
  const parts = dataTitle ? splitBriefData(text) : [{ text, data: false }];
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      <pre style={BLOCK} data-testid={testId}>
        {parts.map((part, index) =>
          part.data ? (
            <mark key={index} style={DATA} title={dataTitle} data-testid="brief-data">
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </pre>
      {dataTitle && parts.some((part) => part.data) && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <span style={{ ...DATA, display: 'inline-block', margin: '4px 6px 0 0', padding: '0 6px' }} />
          {dataTitle}
        </Typography.Text>
      )}
    </div>
  );
}
