import { getTableColumns, sql, type InferInsertModel, type InferSelectModel, type SQL } from 'drizzle-orm';
import { type PgTable } from 'drizzle-orm/pg-core';

/**
 * For statements drizzle cannot build (data-modifying CTEs), written with `sql`: a table's rows in and out
 * as drizzle would map them, so these statements return the same row types as the query builder.
 */

/** A row as the driver returns it (column names, driver values) → the table's select model. */
export function rowFromDriver<T extends PgTable>(
  table: T,
  raw: Record<string, unknown>,
): InferSelectModel<T> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => {
      const value = raw[column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as InferSelectModel<T>;
}

/**
 * The given columns of an insert model as `(names)` and `values` lists, each value a parameter cast to its
 * column's type (in `INSERT … SELECT` nothing else tells PostgreSQL the parameters' types). Columns left out
 * get their defaults.
 */
export function insertColumns<T extends PgTable>(
  table: T,
  values: Partial<InferInsertModel<T>>,
): { names: SQL; values: SQL } {
  const given = Object.entries(getTableColumns(table)).filter(
    ([key]) => (values as Record<string, unknown>)[key] !== undefined,
  );
  return {
    names: sql.join(
      given.map(([, column]) => sql.identifier(column.name)),
      sql`, `,
    ),
    values: sql.join(
      given.map(([key, column]) => {
        const value = (values as Record<string, unknown>)[key];
        const type = sql.raw(column.getSQLType());
        return value === null ? sql`null::${type}` : sql`${sql.param(value, column)}::${type}`;
      }),
      sql`, `,
    ),
  };
}
