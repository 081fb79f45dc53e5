// `Content-Disposition: attachment` with a file's original name (RFC 6266): an ASCII fallback in
// `filename`, the exact name in `filename*` (RFC 5987), so no name can break out of the header.

export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'file';
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
