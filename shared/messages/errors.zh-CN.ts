/** 后台错误的中文措辞：每个错误代码的通用说法，以及错误可指明的具体消息。 */
import type { errorMessagesEn } from './errors.en';

export const errorMessagesZhCN: Record<keyof typeof errorMessagesEn, string> = {
  'error.fallback_path': '该文件',
  'error.validation': '部分内容无效：{{details}}',
  'error.unknown_operation': '应用向后台请求了未知的操作（{{name}}）。',
  'error.not_found': '该对象已不存在，可能已被删除。',
  'error.conflict': '该对象已在别处被修改。请重新加载后再试。',
  'error.no_workspace': '当前没有打开的工作区。请先打开或新建工作区。',
  'error.workspace_missing': '文件“{{path}}”不存在。',
  'error.workspace_exists': '文件“{{path}}”已存在。请换一个名称；未覆盖任何文件。',
  'error.workspace_not_sqlite': '文件“{{path}}”不是客户旅程审计的工作区。',
  'error.workspace_foreign': '文件“{{path}}”是其他应用程序的数据库，不是客户旅程审计的工作区。',
  'error.workspace_newer': '文件“{{path}}”由更新版本的客户旅程审计保存。请升级本应用后再打开。',
  'error.workspace_corrupt': '文件“{{path}}”已损坏，无法安全读取。',
  'error.workspace_locked': '文件“{{path}}”正被其他程序使用。请在该程序中关闭后重试。',
  'error.workspace_readonly': '文件“{{path}}”无法写入。请检查文件权限，或将副本另存到其他位置。',
  'error.unauthorized': '此页面无权访问本地服务。请打开应用启动时显示的地址。',
  'error.internal': '出现错误：{{message}}',
  'error.workspace_empty': '文件“{{path}}”是空的（0 字节），不含任何工作区，可能是未完成的复制或下载。',
  'error.workshop_full': '本场已满（{{max}} 人）。',
  'error.workshop_locked': '此项已锁定，不再接受评分。',
  'error.workshop_hidden': '结果在公布之前不可见。',
  'error.workshop_address': '无法使用地址 {{host}}：{{message}}',
  'journey.name_taken': '已有名为“{{name}}”的旅程。请换一个名称。',
  'journey.template_unknown': '没有名为“{{template}}”的旅程模板。',
};
