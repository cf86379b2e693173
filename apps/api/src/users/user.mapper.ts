import { type User } from '@draftbench/contracts';
import { type UserRow } from '@draftbench/db';

/** The public shape: never the password hash. */
export function userFromRow(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    roles: row.roles,
    hourlyRateUsd: row.hourlyRateUsd,
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
  };
}
