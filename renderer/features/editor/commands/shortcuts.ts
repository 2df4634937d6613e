/** Matching key events against shortcuts, and showing shortcuts the platform's way. */
import type { Shortcut } from './types';

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function matches(s: Shortcut, e: KeyboardEvent): boolean {
  const mod = isMac() ? e.metaKey : e.ctrlKey;
  if (!!s.mod !== mod || e.altKey) return false;
  const letter = s.key.length === 1 && /[a-z]/i.test(s.key);
  if (letter) return e.key.toLowerCase() === s.key.toLowerCase() && !!s.shift === e.shiftKey;
  // Symbols ('?', '+') already depend on Shift with the keyboard layout; don't check it.
  return e.key === s.key;
}

const NAMES: Record<string, string> = {
  Delete: 'Del',
  Backspace: '⌫',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

/** The keys of a shortcut as separate caps, e.g. ["Ctrl", "Shift", "Z"]. */
export function keyCaps(s: Shortcut): string[] {
  const mac = isMac();
  const caps: string[] = [];
  if (s.mod) caps.push(mac ? '⌘' : 'Ctrl');
  if (s.shift) caps.push(mac ? '⇧' : 'Shift');
  caps.push(NAMES[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key));
  return caps;
}

export const shortcutText = (s: Shortcut) => keyCaps(s).join(isMac() ? '' : '+');

/** True when keys typed here are text, so editor shortcuts must stay out of the way. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  const role = target.getAttribute('role');
  return role === 'textbox' || role === 'combobox' || role === 'spinbutton' || role === 'searchbox';
}

/** An open dialog owns the keyboard. */
export function dialogOpen(): boolean {
  return [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-content-wrapper')].some((el) => getComputedStyle(el).display !== 'none');
}
