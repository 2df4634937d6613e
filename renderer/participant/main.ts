/**
 * The participant page of a live workshop: join (optional name and department), then rate
 * each open touchpoint. Plain DOM, no framework, nothing that needs a secure context.
 */
import { type Item, card } from './cards';
import { h, mount } from './dom';
import { call } from './net';
import { type Stored, type Vote, load, save, voteKey } from './queue';
import { fill, pickStrings } from './strings';

interface Info {
  journey: string;
  state: string;
  askDepartment: boolean;
  departments: string[];
}
interface Items {
  journey: string;
  state: string;
  measures: string[];
  items: Item[];
  votes: Vote[];
}

const { lang, s } = pickStrings(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
document.documentElement.lang = lang;
document.title = s.title;
const root = document.getElementById('app')!;
const match = /^\/s\/([A-Za-z0-9_-]+)$/.exec(location.pathname);

function codeForm(): void {
  const input = h('input', { inputmode: 'numeric', autocomplete: 'off', maxlength: 6, 'aria-label': s.codeLabel }) as HTMLInputElement;
  const note = h('p', { class: 'note', role: 'alert' });
  const go = async (e: Event) => {
    e.preventDefault();
    const r = await call<{ path: string }>('/api/code', { code: input.value });
    if (r && r.ok && r.value) location.replace(r.value.path);
    else note.textContent = s.codeWrong;
  };
  mount(root, h('form', { class: 'panel', onsubmit: go }, h('h1', {}, s.codeTitle), h('label', {}, s.codeLabel, input), h('button', { type: 'submit', class: 'primary' }, s.go), note));
}

function session(token: string): void {
  const api = `/api/s/${token}`;
  const stored: Stored = load(token);
  const status = h('p', { class: 'status', role: 'status' });
  const list = h('div', { class: 'cards' });
  let measures: string[] = [];
  let sending = false;
  let online = true;
  let retry: number | undefined;
  let events: EventSource | null = null;

  const pendingCount = () => Object.keys(stored.queue).length;
  const showStatus = () => {
    const n = pendingCount();
    status.textContent = !online ? fill(s.offline, n) : n > 0 ? fill(s.pending, n) : s.saved;
    status.className = !online ? 'status offline' : 'status';
  };

  async function flush(): Promise<void> {
    if (sending || pendingCount() === 0 || !stored.participantId) return showStatus();
    sending = true;
    const batch = Object.keys(stored.queue).slice(0, 200).map((k) => stored.queue[k]!);
    const r = await call<{ accepted: number; refused: { touchpointId: string; measure: string }[] }>(`${api}/vote?p=${stored.participantId}`, { votes: batch });
    sending = false;
    if (r === null || r.status >= 500 || r.status === 429) {
      online = false;
      showStatus();
      clearTimeout(retry);
      retry = window.setTimeout(() => void flush(), 3000);
      return;
    }
    online = true;
    // Acknowledged (or refused for good): drop what was sent unless it was changed meanwhile.
    for (const v of batch) if (stored.queue[voteKey(v)] === v) delete stored.queue[voteKey(v)];
    save(token, stored);
    showStatus();
    if (pendingCount() > 0) void flush();
  }

  function vote(v: Vote): void {
    stored.mine[voteKey(v)] = v;
    stored.queue[voteKey(v)] = v;
    save(token, stored);
    const buttons = list.querySelectorAll(`button.score[data-tp="${v.touchpointId}"][data-measure="${v.measure}"]`);
    for (let i = 0; i < buttons.length; i++) buttons[i]!.setAttribute('aria-pressed', String(Number(buttons[i]!.getAttribute('data-value')) === v.value));
    void flush();
  }

  async function loadItems(): Promise<void> {
    const r = await call<Items>(`${api}/items?p=${stored.participantId}`);
    if (r === null) {
      online = false;
      return showStatus();
    }
    if (r.status === 401) {
      stored.participantId = null;
      save(token, stored);
      return void joinForm();
    }
    if (!r.ok || !r.value) return void mount(root, h('p', { class: 'panel' }, s.ended));
    const data = r.value;
    measures = data.measures;
    for (const v of data.votes) if (!stored.queue[voteKey(v)]) stored.mine[voteKey(v)] = v;
    save(token, stored);
    if (data.state !== 'running') return void mount(root, h('p', { class: 'panel' }, s.ended));
    const ctx = { s, measures, vote, mine: (tp: string, m: string) => stored.mine[`${tp}|${m}`] };
    mount(list, ...(data.items.length ? data.items.map((i) => card(ctx, i)) : [h('p', { class: 'panel waiting' }, s.waiting)]));
    mount(root, h('header', {}, h('h1', {}, data.journey)), status, list);
    showStatus();
  }

  function listen(): void {
    if (events || typeof EventSource === 'undefined') return;
    events = new EventSource(`${api}/events?p=${stored.participantId}`);
    events.addEventListener('changed', () => void loadItems());
    events.onopen = () => {
      online = true;
      void flush();
      void loadItems();
    };
    events.onerror = () => {
      online = false;
      showStatus();
    };
  }

  async function joinForm(): Promise<void> {
    const r = await call<Info>(`${api}/info`);
    if (!r || !r.ok || !r.value) return void mount(root, h('p', { class: 'panel' }, r ? s.ended : s.error));
    const info = r.value;
    const nick = h('input', { maxlength: 40, autocomplete: 'nickname' }) as HTMLInputElement;
    const dept = h('select', {}, h('option', { value: '' }, s.departmentNone), ...info.departments.map((d) => h('option', { value: d }, d))) as HTMLSelectElement;
    const note = h('p', { class: 'note', role: 'alert' });
    const start = async (e: Event) => {
      e.preventDefault();
      const j = await call<{ participantId: string }>(`${api}/join`, { nickname: nick.value, department: dept.value });
      if (!j || !j.ok || !j.value) return void (note.textContent = j && j.error && j.error.code === 'workshop_full' ? s.full : s.error);
      stored.participantId = j.value.participantId;
      save(token, stored);
      await loadItems();
      listen();
    };
    mount(
      root,
      h('form', { class: 'panel', onsubmit: start }, h('h1', {}, info.journey), h('label', {}, s.nickname, nick), info.askDepartment ? h('label', {}, s.department, dept) : null, h('button', { type: 'submit', class: 'primary' }, s.start), note),
    );
  }

  window.addEventListener('online', () => void flush());
  if (stored.participantId) {
    void loadItems().then(() => {
      if (stored.participantId) listen();
      void flush();
    });
  } else void joinForm();
}

if (match) session(match[1]!);
else codeForm();
