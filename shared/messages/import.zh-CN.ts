/** 导入的问题与警告的中文措辞（与英文目录同一组代码）。 */
import type { importMessagesEn } from './import.en';

export const importMessagesZhCN: Record<keyof typeof importMessagesEn, string> = {
  // 工作簿大小上限（防 zip 炸弹）
  'import.workbookTooLarge': '{{file}} 解压后超过 {{limitMb}} MB（{{entry}}），无法安全导入。请把问卷所在的工作表单独另存为 .xlsx 或 CSV 后再导入。',
  'import.workbookTooManyEntries': '{{file}} 内含 {{entries}} 个文件；工作簿最多只能有 {{limit}} 个。',
};
