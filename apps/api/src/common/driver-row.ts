import { type Database } from '@draftbench/db';
import { getTableColumns, sql, type InferInsertModel, type InferSelectModel, type SQL } from 'drizzle-orm';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import { createHash } from 'node:crypto';

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
 * The `(names)` and `values` lists of an insert of the given columns of a table, each value a placeholder
 * (`column:<key>`) cast to its column's type: in `INSERT … SELECT` nothing else tells PostgreSQL the
 * parameters' types. Columns left out get their defaults.
 */
export function insertPlaceholders(table: PgTable, keys: readonly string[]): { names: SQL; values: SQL } {
  const columns = getTableColumns(table);
  return {
    names: sql.join(
      keys.map((key) => sql.identifier(columns[key]!.name)),
      sql`, `,
    ),
    values: sql.join(
      keys.map((key) => sql`${sql.placeholder(`column:${key}`)}::${sql.raw(columns[key]!.getSQLType())}`),
      sql`, `,
    ),
  };
}

const dialect = new PgDialect();

/**
 * A statement written with `sql`, its values as placeholders, prepared once: the returned function runs it
 * with the placeholders' values and resolves to the rows as the driver returns them. drizzle renders a
 * `sql` statement anew on every call; this renders it here, once. The name defaults to one derived from
 * the text, so the same statement prepared twice on one pool cannot clash.
 */
export function prepareRaw<Row extends Record<string, unknown>>(
  db: Database,
  statement: SQL,
  name?: string,
): (values: Record<string, unknown>) => Promise<Row[]> {
  const query = dialect.sqlToQuery(statement);
  const prepared = db._.session.prepareQuery<{ execute: { rows: Row[] }; all: unknown; values: unknown }>(
    query,
    undefined,
    name ?? `raw_${createHash('sha1').update(query.sql).digest('hex').slice(0, 16)}`,
    false,
  );
  return async (values) => (await prepared.execute(values)).rows;
}

/**
 * An insert written with `sql` around insertPlaceholders' lists (`INSERT … SELECT`, `ON CONFLICT`), prepared
 * (prepareRaw) once for each set of columns a row gives. For the job insert of `POST /v1/jobs`, rendering
 * the statement on every call was a quarter of everything the request allocated.
 */
export class PreparedInsert<T extends PgTable> {
  private readonly prepared = new Map<
    string,
    (values: Record<string, unknown>) => Promise<Record<string, unknown>[]>
  >();
  private readonly columns;

  constructor(
    private readonly db: Database,
    private readonly table: T,
    private readonly statement: (columns: { names: SQL; values: SQL }) => SQL,
  ) {
    this.columns = Object.entries(getTableColumns(table));
  }

  /** Runs the statement for `row`; `values` fills the statement's own placeholders. Rows it returns, mapped. */
  async execute(
    row: Partial<InferInsertModel<T>>,
    values: Record<string, unknown>,
  ): Promise<InferSelectModel<T>[]> {
    const given = row as Record<string, unknown>;
    const keys: string[] = [];
    const placeholders: Record<string, unknown> = { ...values };
    for (const [key, column] of this.columns) {
      const value = given[key];
      if (value === undefined) continue;
      keys.push(key);
      placeholders[`column:${key}`] = value === null ? null : column.mapToDriverValue(value);
    }
    const shape = keys.join();
    let run = this.prepared.get(shape);
    if (!run) {
      run = prepareRaw(this.db, this.statement(insertPlaceholders(this.table, keys)));
      this.prepared.set(shape, run);
    }
    return (await run(placeholders)).map((raw) => rowFromDriver(this.table, raw));
  }
}
