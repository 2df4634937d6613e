import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState, type Ref } from 'react';

interface Props {
  id: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  /** Blank is not allowed: a blank commit reverts. */
  required?: boolean;
  maxLength: number;
  placeholder?: string;
  inputRef?: Ref<InputRef>;
  /** Leave the field after Enter, so the editor's shortcuts work again at once. */
  blurOnEnter?: boolean;
}

/**
 * A text field that edits a draft and commits it once — on blur, Enter (Ctrl/⌘+Enter in a text
 * area), when the panel switches to another record, or when the page is hidden — so one field
 * edit is one undo step, never one per keystroke. Esc reverts.
 */
export function CommitText({ id, value, onCommit, multiline, required, maxLength, placeholder, inputRef, blurOnEnter }: Props) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The record changed underneath (undo, another window): show the new value.
    setShown(value);
    setDraft(value);
  }
  const latest = useRef({ draft, value, onCommit, required });
  useEffect(() => {
    latest.current = { draft, value, onCommit, required };
  });

  useEffect(() => {
    const commitPending = () => {
      const { draft: d, value: v, onCommit: commit, required: req } = latest.current;
      if (d !== v && !(req && !d.trim())) commit(d);
    };
    const onHidden = () => document.visibilityState === 'hidden' && commitPending();
    // Capture listeners run before the autosave's flush listeners on the same target.
    window.addEventListener('pagehide', commitPending, { capture: true });
    document.addEventListener('visibilitychange', onHidden, { capture: true });
    return () => {
      window.removeEventListener('pagehide', commitPending, { capture: true });
      document.removeEventListener('visibilitychange', onHidden, { capture: true });
      commitPending();
    };
  }, []);

  const commit = () => {
    if (draft === value) return;
    if (required && !draft.trim()) setDraft(value);
    else onCommit(draft);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(value);
      requestAnimationFrame(() => (e.target as HTMLElement).blur());
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
      e.preventDefault();
      commit();
      if (blurOnEnter) (e.target as HTMLElement).blur();
    }
  };
  const common = {
    id,
    value: draft,
    maxLength,
    placeholder,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
    autoComplete: 'off',
  };
  return multiline ? <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 6 }} /> : <Input {...common} ref={inputRef} />;
}
