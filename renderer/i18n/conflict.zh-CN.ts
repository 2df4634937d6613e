/** 保存因记录已在别处修改而被拒绝时，各页面显示的文字。 */
import type { Messages } from './en';

export const conflictZhCN: Messages['conflict'] = {
  title: '已在另一个窗口中修改',
  reload: '重新加载',
  records: {
    survey: '问卷“{{title}}”',
    question: '题目“{{title}}”',
    round: '轮次“{{title}}”',
    review: '该痛点的影响范围与成本',
    cause: '该原因',
    story: '该客户故事',
    action: '改进措施“{{title}}”',
    department: '部门“{{title}}”',
    rules: '痛点规则',
    other: '该项',
  },
  changed: '在您编辑期间，{{what}}已在另一个窗口中或被他人修改。您的修改未保存。',
  changedAt: '在您编辑期间，{{what}}已于 {{time}} 在另一个窗口中或被他人修改。您的修改未保存。',
  answers: '题目“{{title}}”有 {{count}} 份本窗口不知道的答卷，因此未被删除。没有任何改动。',
  howTo: '请重新加载以查看最新版本，然后再次修改。',
  removeAnswered: {
    title: '删除有答卷的题目？',
    body_one: '题目“{{title}}”已有 {{count}} 份答卷。要删除该题目及其答卷吗？',
    body_other: '题目“{{title}}”已有 {{count}} 份答卷。要删除该题目及其答卷吗？',
    help: '这些答卷将不再计入轮次汇总和对比。保存后仍可撤销。',
    ok: '连同答卷删除',
  },
  removed: {
    title: '已删除题目',
    body_one: '已删除 {{count}} 道题目及其答卷。',
    body_other: '已删除 {{count}} 道题目及其答卷。',
    undo: '撤销',
    restored_one: '{{count}} 道题目及其答卷已恢复。',
    restored_other: '{{count}} 道题目及其答卷已恢复。',
    listTitle: '已删除的题目（{{count}}）',
    item_one: '{{count}} 份答卷 · 删除于 {{time}}',
    item_other: '{{count}} 份答卷 · 删除于 {{time}}',
    restore: '恢复',
    restoreNamed: '恢复“{{title}}”及其答卷',
  },
};
