import { useState } from 'react';

/**
 * True from the first time `open` is true on: a dialog whose code loads on first use mounts
 * then, and stays mounted afterwards so it can animate closed and keep its state.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
