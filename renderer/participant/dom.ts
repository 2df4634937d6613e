/** A tiny element builder: the page needs no framework. */
type Attrs = Record<string, string | number | boolean | ((e: Event) => void) | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const name of Object.keys(attrs)) {
    const v = attrs[name];
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(name.slice(2), v);
    else if (v === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export function mount(root: HTMLElement, ...nodes: Node[]): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  for (const n of nodes) root.appendChild(n);
}
