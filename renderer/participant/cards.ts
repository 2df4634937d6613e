/** One card per open touchpoint: big 1–5 buttons per measure, a transfers stepper, a comment. */
import { h } from './dom';
import type { Vote } from './queue';
import type { Strings } from './strings';

export interface Item {
  id: string;
  title: string;
  stage: string;
  description: string;
  locked: boolean;
}

export interface CardContext {
  s: Strings;
  measures: string[];
  mine: (touchpointId: string, measure: string) => Vote | undefined;
  vote: (v: Vote) => void;
}

function scaleRow(c: CardContext, item: Item, measure: 'need' | 'convenience' | 'emotion'): HTMLElement {
  const [label, help] = c.s.measures[measure];
  const current = c.mine(item.id, measure)?.value ?? null;
  const buttons = [1, 2, 3, 4, 5].map((n) =>
    h('button', { type: 'button', class: 'score', 'data-tp': item.id, 'data-measure': measure, 'data-value': n, 'aria-pressed': current === n ? 'true' : 'false', 'aria-label': `${label} ${n}`, disabled: item.locked, onclick: () => c.vote({ touchpointId: item.id, measure, value: n, text: null }) }, String(n)),
  );
  return h('fieldset', { class: 'measure' }, h('legend', {}, h('b', {}, label), h('span', { class: 'help' }, help)), h('div', { class: 'scale' }, ...buttons), h('div', { class: 'ends' }, h('span', {}, `1 ${c.s.scale[0]}`), h('span', {}, `5 ${c.s.scale[1]}`)));
}

function transfersRow(c: CardContext, item: Item): HTMLElement {
  let value = c.mine(item.id, 'transfers')?.value ?? 0;
  const out = h('output', { class: 'count', 'data-tp': item.id, 'data-measure': 'transfers' }, String(value));
  const step = (d: number) => () => {
    value = Math.max(0, Math.min(20, value + d));
    out.textContent = String(value);
    c.vote({ touchpointId: item.id, measure: 'transfers', value, text: null });
  };
  return h(
    'fieldset',
    { class: 'measure' },
    h('legend', {}, h('b', {}, c.s.transfers), h('span', { class: 'help' }, c.s.transfersHelp)),
    h('div', { class: 'stepper' }, h('button', { type: 'button', class: 'step', 'aria-label': '−', disabled: item.locked, onclick: step(-1) }, '−'), out, h('button', { type: 'button', class: 'step', 'aria-label': '+', disabled: item.locked, onclick: step(1) }, '+')),
  );
}

function commentRow(c: CardContext, item: Item): HTMLElement {
  const area = h('textarea', { rows: 2, maxlength: 1000, disabled: item.locked, 'aria-label': c.s.comment }) as HTMLTextAreaElement;
  area.value = c.mine(item.id, 'comment')?.text ?? '';
  area.addEventListener('change', () => c.vote({ touchpointId: item.id, measure: 'comment', value: null, text: area.value }));
  return h('label', { class: 'measure comment' }, h('b', {}, c.s.comment), area);
}

export function card(c: CardContext, item: Item): HTMLElement {
  const rows: HTMLElement[] = [];
  for (const m of c.measures) {
    if (m === 'need' || m === 'convenience' || m === 'emotion') rows.push(scaleRow(c, item, m));
    else if (m === 'transfers') rows.push(transfersRow(c, item));
    else if (m === 'comment') rows.push(commentRow(c, item));
  }
  return h(
    'section',
    { class: item.locked ? 'card locked' : 'card', 'data-card': item.id },
    h('div', { class: 'stage' }, item.stage, item.locked ? h('span', { class: 'badge' }, c.s.locked) : null),
    h('h2', {}, item.title),
    item.description ? h('p', { class: 'desc' }, item.description) : null,
    ...rows,
  );
}
