import { CloseIcon } from '../icons/icons';
import { cx } from '../lib/cx';
import type { CssVars } from '../lib/css-vars';
import { normalizeHex, readableTextColor } from './color';
import './tag-chip.css';

export interface TagChipProps {
  name: string;
  /** A hex colour such as `#22c55e`; anything else falls back to a neutral grey. */
  color: string;
  /** `soft`: a tinted background with normal text and a coloured dot; `solid`: filled. */
  appearance?: 'soft' | 'solid';
  /** Shows a button named "Remove tag <name>". */
  onRemove?: (name: string) => void;
  /** Disables the remove button, e.g. while a request is in flight. */
  removeDisabled?: boolean;
  className?: string;
}

/** A conversation tag. The colour never carries meaning alone: the name is always written. */
export function TagChip({
  name,
  color,
  appearance = 'soft',
  onRemove,
  removeDisabled,
  className,
}: TagChipProps) {
  const hex = normalizeHex(color);
  const style: CssVars | undefined = hex
    ? { '--tag-color': hex, '--tag-fg': readableTextColor(hex) }
    : undefined;

  return (
    <span className={cx('ui-tag', `ui-tag--${appearance}`, className)} style={style}>
      {appearance === 'soft' ? <span className="ui-tag__dot" aria-hidden="true" /> : null}
      <span className="ui-tag__name">{name}</span>
      {onRemove ? (
        <button
          type="button"
          className="ui-tag__remove"
          aria-label={`Remove tag ${name}`}
          title={`Remove tag ${name}`}
          disabled={removeDisabled}
          onClick={() => onRemove(name)}
        >
          <CloseIcon size={12} />
        </button>
      ) : null}
    </span>
  );
}
