import { useEffect, useState } from 'react';
import { Button, CheckIcon, toast } from '../../ui';

export interface CopyButtonProps {
  text: string;
  /** The button's name, e.g. "Copy token for Acme Support". */
  label: string;
}

/** Copies `text`; says "Copied" for a moment, or how to copy by hand when the browser refuses. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied(true);
      toast.show({ message: 'Copied to the clipboard', tone: 'success', durationMs: 2500 });
    } catch {
      toast.show({
        message: 'The browser did not allow copying: select the text and copy it.',
        tone: 'error',
      });
    }
  };

  return (
    <Button
      size="sm"
      aria-label={label}
      leadingIcon={copied ? <CheckIcon size={14} /> : undefined}
      onClick={() => void copy()}
    >
      {copied ? 'Copied' : 'Copy'}
    </Button>
  );
}
