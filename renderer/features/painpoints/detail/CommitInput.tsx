import { Input } from 'antd';
import { useState } from 'react';

interface Props {
  value: string;
  onCommit(value: string): void;
  'aria-label': string;
  placeholder?: string;
  maxLength?: number;
  /** Refuses an empty value (keeps the stored one). */
  required?: boolean;
  className?: string;
}

/** A text field edited in place: a draft while typing, saved on blur or Enter when it changed. */
export function CommitInput({ value, onCommit, required, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    const next = draft.trim();
    if (required && !next) setDraft(value);
    else if (next !== value) onCommit(next);
  };
  return <Input {...rest} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onPressEnter={commit} />;
}
