/** 导入的问题与警告的中文措辞（与英文目录同一组代码）。 */
import type { importMessagesEn } from './import.en';

export const importMessagesZhCN: Record<keyof typeof importMessagesEn, string> = {};
