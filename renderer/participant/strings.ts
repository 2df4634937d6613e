/** The participant page's words, in the phone's language (any Chinese → zh-CN, else English). */
const en = {
  title: 'Rate the journey',
  codeTitle: 'Join a live rating',
  codeLabel: 'Room code (shown on the screen)',
  codeWrong: 'No session with this code. Check the code on the screen.',
  go: 'Join',
  nickname: 'Your name (optional, only the facilitator sees it)',
  department: 'Your department or role (optional)',
  departmentNone: '—',
  start: 'Start rating',
  waiting: 'Waiting for the facilitator to open the next items…',
  ended: 'This session has ended. Thank you!',
  full: 'The session is full.',
  locked: 'Locked',
  offline: 'Offline — {n} ratings waiting, they are sent when the connection is back',
  pending: 'Sending {n}…',
  saved: 'All ratings saved',
  transfers: 'Transfers experienced',
  transfersHelp: 'How many times were you passed on to someone else?',
  comment: 'Comment (optional)',
  measures: {
    need: ['Need', 'Did this moment give what was needed?'],
    convenience: ['Convenience', 'Was it easy, quick, without effort?'],
    emotion: ['Emotion', 'How did it feel?'],
  },
  scale: ['very poor', 'excellent'],
  error: 'Something went wrong. Try again.',
};

const zh: typeof en = {
  title: '为客户旅程评分',
  codeTitle: '加入现场评分',
  codeLabel: '房间码（见大屏幕）',
  codeWrong: '没有这个房间码的会话，请核对屏幕上的房间码。',
  go: '加入',
  nickname: '昵称（可选，仅主持人可见）',
  department: '部门或角色（可选）',
  departmentNone: '—',
  start: '开始评分',
  waiting: '等待主持人开放下一批触点…',
  ended: '本场已结束，谢谢参与！',
  full: '本场人数已满。',
  locked: '已锁定',
  offline: '网络已断开 — {n} 条评分待发送，恢复连接后自动发送',
  pending: '正在发送 {n} 条…',
  saved: '评分已全部保存',
  transfers: '经历的转接次数',
  transfersHelp: '您被转给其他人处理了几次？',
  comment: '意见（可选）',
  measures: {
    need: ['需要体验', '这个环节满足了需要吗？'],
    convenience: ['便利体验', '是否方便、快捷、省力？'],
    emotion: ['情感体验', '感觉如何？'],
  },
  scale: ['很差', '优秀'],
  error: '出错了，请重试。',
};

export type Strings = typeof en;

export function pickStrings(languages: readonly string[]): { lang: 'zh-CN' | 'en'; s: Strings } {
  for (const tag of languages) {
    const t = (tag || '').toLowerCase();
    if (t === 'zh' || t.indexOf('zh-') === 0 || t.indexOf('zh_') === 0) return { lang: 'zh-CN', s: zh };
    if (t === 'en' || t.indexOf('en-') === 0 || t.indexOf('en_') === 0) return { lang: 'en', s: en };
  }
  return { lang: 'en', s: en };
}

export const fill = (text: string, n: number): string => text.replace('{n}', String(n));
