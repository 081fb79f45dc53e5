import { formatSize, isImage, type Attachment } from '../../../domain';
import { attachmentUrl } from '../../../queries';

/**
 * A message's files: each a link that downloads it (the server sends it as an attachment), an
 * image with its thumbnail.
 */
export function MessageAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  return (
    <ul className="thread-attachments" aria-label="Files">
      {attachments.map((file) => {
        const url = attachmentUrl(file.id);
        return (
          <li key={file.id}>
            <a className="thread-attachment" href={url} download={file.name}>
              <span className="visually-hidden">Download </span>
              {isImage(file.contentType) ? (
                <img className="thread-attachment__thumb" src={url} alt="" loading="lazy" />
              ) : (
                <span className="thread-attachment__icon" aria-hidden="true">
                  📄
                </span>
              )}
              <span className="thread-attachment__name">{file.name}</span>
              <span className="thread-attachment__size">{formatSize(file.size)}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
