import { DraftbenchApiError } from '@draftbench/client';
import type { FormInstance } from 'antd';

/**
 * Puts the API's field errors next to their fields; returns whether any matched, so the caller can
 * show the problem detail otherwise. Paths are the API's (`email`, `roles.0`): the first segment is
 * the field of these flat forms.
 */
export function showServerErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  fields: readonly string[],
): boolean {
  if (!(error instanceof DraftbenchApiError)) return false;
  const byField = new Map<string, string[]>();
  for (const { path, message } of error.problem.errors ?? []) {
    const field = path.split('.')[0] ?? '';
    if (fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  // antd cannot type a field name known only at runtime.
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return byField.size > 0;
}
