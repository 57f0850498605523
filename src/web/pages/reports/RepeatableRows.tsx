import type { ChangeEvent, ReactNode } from 'react';
import type { FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';

const MAX_ROWS = 10;

/** The row's fields that hold any text (so an input's value fits them). */
type TextKey<Row> = { [K in keyof Row]-?: string extends Row[K] ? K : never }[keyof Row] & string;

/** What `children` gets to draw one row's fields. */
export interface RowFields<Row> {
  row: Row;
  index: number;
  /** Props of a `Field` for a text field of the row: id, value, its error and an onChange. */
  text: (field: TextKey<Row>) => {
    id: string;
    value: string;
    error: string | undefined;
    onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  };
  update: (patch: Partial<Row>) => void;
}

/** A list of rows as the form hands it over: the rows, the form's errors and a setter. */
export interface RowList<Row> {
  rows: Row[];
  errors: FieldErrors;
  onChange: (rows: Row[]) => void;
}

interface RepeatableRowsProps<Row extends { key: number }> extends RowList<Row> {
  /** The list's name in error keys: `parties` → errors `parties.<row>.<field>`. */
  name: string;
  /** The start of the fields' ids: `intake-party` → `intake-party-<key>-<field>`. */
  idPrefix: string;
  title: string;
  /** Marks the title required, else optional. */
  required: boolean;
  /** Rows that cannot be removed (the remove buttons show above this count). */
  min: number;
  /** An error about the list as a whole, shown under the title (id `intake-<name>-error`). */
  listError?: string | undefined;
  /** Shown while there is no row. */
  none?: string;
  rowLegend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  /** A new, empty row (with a new key). */
  empty: () => Row;
  children: (fields: RowFields<Row>) => ReactNode;
}

/** Repeatable rows (add up to ten, remove) in a fieldset, one nested fieldset a row. */
export function RepeatableRows<Row extends { key: number }>({
  name,
  idPrefix,
  title,
  required,
  min,
  listError,
  none,
  rowLegend,
  removeLabel,
  addLabel,
  rows,
  errors,
  onChange,
  empty,
  children,
}: RepeatableRowsProps<Row>) {
  const { t } = useI18n();
  const errorId = `intake-${name}-error`;
  const update = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className={listError ? 'group field--error' : 'group'} aria-describedby={listError ? errorId : undefined}>
      <legend>
        {title}
        <span className="field__req"> {required ? t('common.required') : t('common.optional')}</span>
      </legend>
      {listError ? (
        <p className="field__error" id={errorId}>
          {listError}
        </p>
      ) : null}
      {none && rows.length === 0 ? <p className="muted">{none}</p> : null}
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <fieldset className="row" key={row.key}>
            <legend>{rowLegend(n)}</legend>
            <div className="row__grid">
              {children({
                row,
                index,
                text: (field) => ({
                  id: `${idPrefix}-${row.key}-${field}`,
                  value: String(row[field]),
                  error: errors[`${name}.${index}.${field}`],
                  // A TextKey's field holds any string.
                  onChange: (e) => update(index, { [field]: e.target.value } as Partial<Row>),
                }),
                update: (patch) => update(index, patch),
              })}
            </div>
            {rows.length > min ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(rows.filter((_, j) => j !== index))}
              >
                {removeLabel(n)}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {rows.length < MAX_ROWS ? (
        <button type="button" className="button button--secondary" onClick={() => onChange([...rows, empty()])}>
          + {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
