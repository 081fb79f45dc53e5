// The shared building blocks. Features import from here, never from the files behind it.
// The tokens and the global sheet load with the first import of any component.
import './styles/tokens.css';
import './styles/global.css';

export { Button, type ButtonProps, type ButtonSize, type ButtonVariant } from './button/button';
export { IconButton, type IconButtonProps } from './button/icon-button';
export { Checkbox, type CheckboxProps } from './checkbox/checkbox';

export { Menu, type MenuProps, type MenuCloseReason } from './menu/menu';
export { MenuButton, type MenuButtonProps } from './menu/menu-button';
export type {
  MenuItem,
  MenuActionItem,
  MenuRadioItem,
  MenuCheckboxItem,
  MenuSeparator,
  SelectableMenuItem,
  MenuInitialFocus,
} from './menu/menu-types';

export { ListboxOption, arrowStep, type ListboxOptionProps } from './listbox/listbox-option';

export { Tabs, type TabsProps, type TabOption } from './tabs/tabs';

export { ToastRegion, type ToastRegionProps } from './toast/toast-region';
export {
  toast,
  useToastStore,
  type ToastOptions,
  type ToastAction,
  type ToastTone,
  type ToastEntry,
} from './toast/toast-store';

export { TagChip, type TagChipProps } from './tag-chip/tag-chip';
export { parseHex, normalizeHex, contrastRatio, readableTextColor } from './tag-chip/color';
export { Avatar, type AvatarProps, type AvatarSize } from './avatar/avatar';
export { avatarColor, initials } from './avatar/avatar-color';

export { Badge, type BadgeProps, type BadgeTone } from './badge/badge';
export { Count, formatCount, type CountProps } from './badge/count';

export {
  PriorityIcon,
  PRIORITY_LABELS,
  priorityName,
  type PriorityIconProps,
  type PriorityName,
} from './icons/priority-icon';
export {
  ChannelIcon,
  CHANNEL_LABELS,
  type ChannelIconProps,
  type ChannelName,
} from './icons/channel-icon';
export {
  AlertIcon,
  ChatIcon,
  CheckIcon,
  ChevronDownIcon,
  ClockIcon,
  CloseIcon,
  InboxIcon,
  MailIcon,
  type IconProps,
} from './icons/icons';
export {
  StatusPill,
  STATUS_LABELS,
  type StatusPillProps,
  type StatusName,
} from './status-pill/status-pill';

export { Spinner, SpinnerGlyph, type SpinnerProps } from './spinner/spinner';
export { EmptyState, type EmptyStateProps } from './feedback/empty-state';
export { ErrorState, type ErrorStateProps } from './feedback/error-state';
export {
  LoadingState,
  OFFLINE_VIEW_MESSAGE,
  type LoadingStateProps,
} from './feedback/loading-state';
export { Dialog, type DialogProps } from './dialog/dialog';
export { ConfirmDialog, type ConfirmDialogProps } from './dialog/confirm-dialog';
export { Kbd } from './kbd/kbd';
export { SingleFieldForm, type SingleFieldFormProps } from './form/single-field-form';

export { RelativeTime, type RelativeTimeProps } from './relative-time/relative-time';
export {
  formatRelativeTime,
  describeRelativeTime,
  formatFullDateTime,
  type RelativeTimeOptions,
} from './relative-time/format-relative-time';

export { afterNextPaint, nextPaint } from './lib/after-next-paint';
export { cx } from './lib/cx';
export { BREAKPOINTS, upTo, type Breakpoint } from './styles/breakpoints';
export { windowHeight } from './lib/window-height';
export type { CssVars } from './lib/css-vars';

export * from './commands';
