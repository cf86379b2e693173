import type { Scope } from '@draftbench/contracts';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCOPE_TEXT } from '../model';

/** The scopes of a key, as the API names them, each explained on hover. */
export function ScopeTags({ scopes }: { scopes: readonly Scope[] }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap data-testid="api-key-scopes">
      {scopes.map((scope) => (
        <Tooltip key={scope} title={t(SCOPE_TEXT[scope])}>
          <Tag color={scope === 'admin' ? 'red' : 'blue'} data-scope={scope}>
            <code>{scope}</code>
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
