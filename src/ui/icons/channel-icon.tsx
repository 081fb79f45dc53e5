import { cx } from '../lib/cx';
import { ChatIcon, MailIcon } from './icons';
import './icons.css';

export type ChannelName = 'chat' | 'email';

export const CHANNEL_LABELS: Record<ChannelName, string> = { chat: 'Chat', email: 'Email' };

export interface ChannelIconProps {
  channel: ChannelName;
  size?: number;
  decorative?: boolean;
  className?: string;
}

/** The conversation's channel, named "Chat" or "Email" unless decorative. */
export function ChannelIcon({
  channel,
  size = 14,
  decorative = false,
  className,
}: ChannelIconProps) {
  const Icon = channel === 'email' ? MailIcon : ChatIcon;
  return (
    <Icon
      size={size}
      aria-label={decorative ? undefined : CHANNEL_LABELS[channel]}
      className={cx('ui-channel', className)}
    />
  );
}
