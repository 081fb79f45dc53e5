// Attachments (SPEC 7.4): files sent with a reply or a note, or arriving with a contact's message.

/** The largest file Parley keeps: 10 MB. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** How many files one message may carry. */
export const ATTACHMENTS_PER_MESSAGE_MAX = 10;
export const ATTACHMENT_NAME_MAX = 255;

/** What a message lists of each of its files; the bytes are read on their own. */
export interface Attachment {
  id: number;
  name: string;
  size: number;
  contentType: string;
}

/** Shown inline as a thumbnail; anything else is a file chip. SVG is left out: it may script. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);

export function isImage(contentType: string): boolean {
  return IMAGE_TYPES.has(contentType.toLowerCase());
}

/** "2.4 MB", "512 KB", "80 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A file name safe to keep and show: the last path segment, without control characters, at most
 * ATTACHMENT_NAME_MAX characters; "file" when nothing is left.
 */
export function cleanFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, ATTACHMENT_NAME_MAX) || 'file';
}
