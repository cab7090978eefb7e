import { memo, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './fields.css';

/** Option value standing for "the selected touchpoints differ"; never a real id. */
export const MIXED_VALUE = '\u0000mixed';

/** What several touchpoints share in one field: their common value, or that they differ. */
export interface Shared<T> {
  value: T;
  mixed: boolean;
}

/** The common value of a field across items; `mixed` when any item differs from the first. */
export function shared<I, T>(items: readonly I[], pick: (item: I) => T): Shared<T> {
  const value = pick(items[0]);
  return { value, mixed: items.some((item) => !Object.is(pick(item), value)) };
}

/**
 * A memo comparison for a group of fields: whether two lists hold the same items (by `id`) with the same
 * values in `keys`. A group compared so is not drawn again when another field of its touchpoints changes
 * (typing a title re-renders the title field, not the whole inspector).
 */
export function sameFields<T extends { id: string }>(keys: readonly (keyof T)[]) {
  return (a: readonly T[], b: readonly T[]) =>
    a.length === b.length &&
    a.every((item, i) => item.id === b[i].id && keys.every((k) => Object.is(item[k], b[i][k])));
}

/** A labelled field: the label on top, the control under it. */
export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="panel-field">
      <label htmlFor={id} className="panel-field__label">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The "Mixed" choice a select shows while the selected touchpoints differ. */
export function MixedOption({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <option value={MIXED_VALUE} disabled>
      {t('panels.inspector.mixed')}
    </option>
  );
}

interface CheckboxProps {
  id: string;
  testId: string;
  label: string;
  icon?: ReactNode;
  /** The shared value (see `shared`), flat so the memo compares it. */
  value: boolean;
  /** The selected touchpoints differ: drawn indeterminate. */
  mixed: boolean;
  onChange(checked: boolean): void;
}

/**
 * A checkbox that shows the indeterminate state while the selected touchpoints differ. Memoised: give it a
 * stable `onChange` and `icon`, and typing in another field leaves it as it is.
 */
export const CheckboxField = memo(function CheckboxField({
  id,
  testId,
  label,
  icon,
  value,
  mixed,
  onChange,
}: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  const checked = !mixed && value;
  useEffect(() => {
    // indeterminate is a DOM property only; a click clears it, so it is put back after every change.
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed, checked]);
  return (
    <div className="panel-check">
      <input
        ref={ref}
        id={id}
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>
        {icon}
        {label}
      </label>
    </div>
  );
});
