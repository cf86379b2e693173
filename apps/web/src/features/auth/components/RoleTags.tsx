import type { Role } from '@draftbench/contracts';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const ROLE_COLORS: Record<Role, string> = {
  admin: 'red',
  lead: 'gold',
  editor: 'blue',
  contributor: 'green',
  rater: 'purple',
};

export function RoleTags({ roles, testId }: { roles: readonly Role[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap data-testid={testId}>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]} data-role={role} style={{ marginInlineEnd: 0 }}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </Flex>
  );
}
