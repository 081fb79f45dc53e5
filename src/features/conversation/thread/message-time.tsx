import { formatClock, formatFull } from './format-time';

export interface MessageTimeProps {
  timestamp: number;
  className?: string;
}

/** The clock time of a message, with the full date for hover and assistive technology. */
export function MessageTime({ timestamp, className }: MessageTimeProps) {
  return (
    <time
      dateTime={new Date(timestamp).toISOString()}
      title={formatFull(timestamp)}
      className={className}
    >
      {formatClock(timestamp)}
    </time>
  );
}
