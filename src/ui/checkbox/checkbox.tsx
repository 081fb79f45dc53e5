import {
  useCallback,
  useEffect,
  useRef,
  type ComponentPropsWithRef,
  type ReactNode,
  type Ref,
} from 'react';
import { cx } from '../lib/cx';
import './checkbox.css';

type NativeProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'aria-label' | 'aria-labelledby'>;

/** A name is required: a visible `label`, an `aria-label`, or an `aria-labelledby`. */
type Naming =
  | { label: ReactNode; 'aria-label'?: never; 'aria-labelledby'?: never }
  | { label?: never; 'aria-label': string; 'aria-labelledby'?: never }
  | { label?: never; 'aria-label'?: never; 'aria-labelledby': string };

export type CheckboxProps = NativeProps &
  Naming & {
    /** The "some but not all" state, as used by a "Select all" checkbox. Shown as a dash. */
    indeterminate?: boolean;
  };

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/** A native checkbox, restyled; `indeterminate` is a DOM property, so it is set after render. */
export function Checkbox({ label, indeterminate = false, className, ref, ...rest }: CheckboxProps) {
  const inner = useRef<HTMLInputElement | null>(null);

  const setRefs = useCallback(
    (node: HTMLInputElement | null) => {
      inner.current = node;
      assignRef(ref, node);
    },
    [ref],
  );

  // No dependency list on purpose: a click clears the DOM flag, so re-apply the prop every render.
  useEffect(() => {
    if (inner.current) inner.current.indeterminate = indeterminate;
  });

  const input = (
    <input
      ref={setRefs}
      type="checkbox"
      className={cx('ui-checkbox__input', label === undefined && className)}
      {...rest}
    />
  );

  if (label === undefined) return input;
  return (
    <label className={cx('ui-checkbox', rest.disabled && 'ui-checkbox--disabled', className)}>
      {input}
      <span className="ui-checkbox__label">{label}</span>
    </label>
  );
}
