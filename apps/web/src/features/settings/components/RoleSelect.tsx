import { Role } from '@draftbench/contracts';
import { Select, Tag, Typography, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_COLORS } from '../../auth/components/RoleTags';

/** Several roles at once; each option says what the role may do. */
export function RoleSelect(props: Omit<SelectProps<Role[]>, 'mode' | 'options' | 'optionRender'>) {
  const { t } = useTranslation();
  return (
    <Select<Role[]>
      {...props}
      mode="multiple"
      options={Role.options.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      optionRender={(option) => {
        const role = option.value as Role;
        return (
          <div data-testid={`role-option-${role}`}>
            <Tag color={ROLE_COLORS[role]}>{option.label}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
              {t(`roleHint.${role}`)}
            </Typography.Text>
          </div>
        );
      }}
    />
  );
}
