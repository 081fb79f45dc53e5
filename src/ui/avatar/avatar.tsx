import { useState } from 'react';
import { cx } from '../lib/cx';
import type { CssVars } from '../lib/css-vars';
import { avatarColor, initials } from './avatar-color';
import './avatar.css';

export type AvatarSize = 'xs' | 'sm' | 'md' | 'lg';

export interface AvatarProps {
  name: string;
  /** A picture; initials show while it loads and if it fails. */
  src?: string;
  size?: AvatarSize;
  /**
   * Decorative (the default) when the name is written next to it: hidden from assistive
   * technology. Set false to expose it as an image named `name`.
   */
  decorative?: boolean;
  className?: string;
}

export function Avatar({ name, src, size = 'md', decorative = true, className }: AvatarProps) {
  const [failed, setFailed] = useState<string | null>(null);
  const showImage = src !== undefined && failed !== src;
  const style: CssVars = { '--avatar-bg': avatarColor(name) };
  const a11y = decorative
    ? ({ 'aria-hidden': true } as const)
    : ({ role: 'img', 'aria-label': name } as const);

  return (
    <span className={cx('ui-avatar', `ui-avatar--${size}`, className)} style={style} {...a11y}>
      {showImage ? (
        <img src={src} alt="" className="ui-avatar__img" onError={() => setFailed(src)} />
      ) : (
        initials(name)
      )}
    </span>
  );
}
