/**
 * Where in a file a problem sits, worded per language: the file, then the sheet, row and
 * column when there are any ("survey.csv, row 3, column B" / "survey.csv，第 3 行，第 B 列").
 * File-reader messages start with `{{at}}`, filled from the error's `file`, `sheet`, `row`
 * and `column` parameters.
 */
import type { MessageParams } from './format';
import type { MessageLang } from './catalog';

export function placeText(lang: MessageLang, params: MessageParams): string {
  const { file, sheet, row, column } = params;
  let out = String(file ?? '');
  if (lang === 'zh-CN') {
    if (sheet !== undefined && sheet !== '') out += `，工作表“${sheet}”`;
    if (row !== undefined) out += `，第 ${row} 行`;
    if (column !== undefined) out += `，第 ${column} 列`;
    return out;
  }
  if (sheet !== undefined && sheet !== '') out += `, sheet "${sheet}"`;
  if (row !== undefined) out += `, row ${row}`;
  if (column !== undefined) out += `, column ${column}`;
  return out;
}
