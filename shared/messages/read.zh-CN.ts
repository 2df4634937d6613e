/** 文件读取拒绝导入时的中文措辞；`{{at}}` 是文件及其工作表、行、列（见 place.ts）。 */
import type { readMessagesEn, readWarningsEn } from './read.en';

export const readMessagesZhCN: Record<keyof typeof readMessagesEn, string> = {
  'import.read.isFolder': '{{at}} 是文件夹，不是文件',
  'import.read.unreadable': '无法读取 {{at}}（{{detail}}）',
  'import.read.empty': '{{at}} 是空文件，没有任何行',
  'import.read.tooLarge': '{{at}} 太大（{{size}} MB；上限为 {{limit}} MB）',
  'import.read.unknownEncoding': '无法按“{{encoding}}”读取 {{at}}：未知的编码；请使用 {{encodings}} 之一（或 gbk、gb2312、cp1252、latin1、utf-16）',
  'import.read.notZip': '{{at}} 已损坏或不是 Excel 文件（它不是 zip 压缩包）',
  'import.read.pageWithoutTable': '{{at}} 是不含表格的网页或 XML 文档，不是问卷导出文件（下载时若保存成了登录页或错误页，就会这样）；请重新下载导出文件，或在 Excel 中打开并另存为 .xlsx 或 CSV',
  'import.read.noRows': '{{at}} 没有任何行',
  'import.read.tooManyRows': '{{at}} 超过 {{max}} 行；请拆分成较小的文件',
  'import.read.rowCount': '{{at}} 有 {{rows}} 行；最多只能导入 {{max}} 行',
  'import.read.tooManyCells': '{{at}}：有 {{cells}} 个单元格；最多只能导入 {{max}} 列',
  'import.read.pastLastColumn': '{{at}}：超出第 {{max}} 列，这是可导入的最多列数',
  'import.read.cellTooLong': '{{at}}：单元格有 {{chars}} 个字符，超过 Excel 的上限 {{max}}',
  'import.read.badDelimiter': '{{at}} 无法按“{{delimiter}}”分列；请使用 , ; tab | 之一',
  'import.read.openQuote': '{{at}}：引号未闭合：一个 " 开始的单元格没有结束',
  'import.read.textAfterQuote': '{{at}}：右引号后还有文字；引号内的 " 须写成两个（""）',
  'import.read.binaryText': '{{at}} 含有二进制数据，不是文本；它真的是 CSV 或 TSV 文件吗？',
  'import.read.mixedUtf8': '{{at}} 混用了多种编码：第 {{line}} 行有一个不属于 UTF-8 的字节（0x{{byte}}），而其余部分是 UTF-8；请把文件重新保存为 UTF-8，或选择它的编码',
  'import.read.mixedEncodings': '{{at}} 混用了多种编码：第 {{line}} 行无法按 {{encoding}} 读取，而其余部分可以；请用同一种编码重新保存文件',
  'import.read.wrongEncoding': '{{at}} 看起来不是 {{encoding}} 编码；请改用 {{suggest}} 编码',
  'import.read.damagedExcel': '{{at}} 已损坏或不是 Excel 文件（{{reason}}）',
  'import.read.xlsTimeout': '无法读取 {{at}}：.xls 读取器解析了 {{seconds}} 秒仍未完成，这通常是文件损坏所致；请在 Excel 中打开并另存为 .xlsx 或 CSV',
  'import.read.readerFailed': '无法读取 {{at}}（{{reason}}）',
  'import.read.readerStopped': '无法读取 {{at}}：读取进程意外停止（退出码 {{exitCode}}）',
  'import.read.noSheets': '{{at}} 没有任何工作表',
  'import.read.noSuchSheet': '{{at}} 中没有名为“{{wanted}}”的工作表；它的工作表有 {{sheets}}',
};

/** 文件读取时警告的中文措辞。 */
export const readWarningsZhCN: Record<keyof typeof readWarningsEn, string> = {
  'import.warn.more': '……另有 {{count}} 条类似的警告',
  'import.warn.extraCells': '该行有 {{cells}} 个单元格，但标题行只有 {{header}} 个；第 {{extra}} 列没有标题',
  'import.warn.xlsParts': '文件中有 .xls 读取器无法识别的部分（{{detail}}）；请在 Excel 中核对各行数据',
  'import.warn.formula': '单元格含公式（={{formula}}）；已读取其保存的结果“{{text}}”',
  'import.warn.formulaEmpty': '单元格含公式（={{formula}}），但没有保存的结果；按空值读取',
  'import.warn.cellError': '单元格显示错误 {{text}}',
  'import.warn.encodingIgnored': '编码选项只适用于文本文件；工作簿自带编码',
  'import.warn.delimiterIgnored': '分隔符选项只适用于文本文件',
  'import.warn.sheetIgnored': '这是没有工作表的文本文件；已忽略工作表“{{sheet}}”',
  'import.warn.shortLastRow': '最后一行只有 {{cells}} 个单元格（标题行有 {{header}} 个），且文件末尾没有换行；文件可能不完整',
  'import.warn.xlsText': '文件扩展名为 .xls，但内容是文本；已按分隔文本读取',
  'import.warn.cutChar': '文件在一个字符的中间结束；文件可能不完整',
  'import.warn.utf8As1252': '文件是有效的 UTF-8；若按 windows-1252 读取，其中的重音字母和中文会变成乱码',
};
