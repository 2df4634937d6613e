/** 导入的问题与警告的中文措辞（与英文目录同一组代码）。 */
import type { importMessagesEn } from './import.en';

export const importMessagesZhCN: Record<keyof typeof importMessagesEn, string> = {
  'import.answer.sameQuestion': '第 {{column}} 列与第 {{first}} 列回答的是同一道题（“{{question}}”）：两列都有答案时，保留第 {{column}} 列的答案',
  'import.answer.notOption': '“{{value}}”不是“{{question}}”的选项：已按文本保留，不计入统计（{{count}} 个单元格）',
  'import.answer.notOnScale': '“{{value}}”不是“{{question}}”量表上的点：已按文本保留，不计分（{{count}} 个单元格）',
  'import.answer.notNumber': '“{{value}}”不是数字（“{{question}}”）：已按文本保留，不计分（{{count}} 个单元格）',
  'import.answer.outOfScale': '{{value}} 超出“{{question}}”的量表范围 {{min}}–{{max}}：已按文本保留，不计分（{{count}} 个单元格）',
  'import.answer.outliers': '“{{question}}”中有 {{count}} 个不合理的数值（超出 {{low}} … {{high}}，即四分位数外三倍四分位距），不计入均值',
  'import.answer.outliersKept': '“{{question}}”中有 {{count}} 个不合理的数值（超出 {{low}} … {{high}}，即四分位数外三倍四分位距），已按要求计入均值',
  'import.meta.emptyTime': '第 {{column}} 列（提交时间）所有行都没有时间（{{cells}} 个单元格为“{{sample}}”）：按空值导入',
  'import.meta.emptyDuration': '第 {{column}} 列（所用时间）所有行都没有时长（{{cells}} 个单元格为“{{sample}}”）：按空值导入',
  'import.meta.badTime': '第 {{column}} 列的“{{value}}”不是可识别的日期：留空（{{count}} 个单元格）',
  'import.meta.badDuration': '第 {{column}} 列的“{{value}}”不是可识别的时长：留空（{{count}} 个单元格）',
  'import.codes.savedTexts': '第 {{column}} 列（“{{question}}”）是选项序号：已按此问卷之前导入时保存的 {{options}} 个选项文字读取（{{count}} 个答案）',
  'import.cli.warnings': '{{count}} 条警告（已按文本保留，不计分）：',
  'import.strict.refused': '{{file}}：有 {{count}} 个意外的值，且指定了 --strict，未导入任何内容',
  'import.file.binaryData': '{{file}} 不是文本表格：其中是二进制数据（NUL 或控制字节），不是 CSV 或 TSV 文本。请把问卷导出为 CSV、TSV 或 Excel 文件后再导入',
  'import.file.binary': '{{file}} 不是文本表格：它看起来是 {{looksLike}} 文件。请把问卷导出为 CSV、TSV 或 Excel 文件后再导入',
  // 工作簿大小上限（防 zip 炸弹）
  'import.workbookTooLarge': '{{file}} 解压后超过 {{limitMb}} MB（{{entry}}），无法安全导入。请把问卷所在的工作表单独另存为 .xlsx 或 CSV 后再导入。',
  'import.workbookTooManyEntries': '{{file}} 内含 {{entries}} 个文件；工作簿最多只能有 {{limit}} 个。',
  'import.fileTooLargeToRead': '读取 {{file}} 需要超过 {{limitMb}} MB 内存，超出导入可用的上限，已拒绝。请把问卷所在的工作表单独另存为 .xlsx 或 CSV，或拆分成较小的文件后再导入。',
};
