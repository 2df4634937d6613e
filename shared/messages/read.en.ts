/**
 * Wording of the file readers' refusals. Each starts with `{{at}}`: the file, and the sheet,
 * row and column where there are any, worded in the same language (see place.ts).
 */
import type { Catalog } from './format';

export const readMessagesEn = {
  'import.read.isFolder': '{{at}} is a folder, not a file',
  'import.read.unreadable': '{{at}} cannot be read ({{detail}})',
  'import.read.empty': '{{at}} is empty: it has no rows',
  'import.read.tooLarge': '{{at}} is too large ({{size}} MB; the limit is {{limit}} MB)',
  'import.read.unknownEncoding': '{{at}} cannot be read as "{{encoding}}": unknown encoding; use one of {{encodings}} (or gbk, gb2312, cp1252, latin1, utf-16)',
  'import.read.notZip': '{{at}} is damaged or not an Excel file (it is not a zip archive)',
  'import.read.pageWithoutTable': '{{at}} is a web page or XML document with no table in it, not a survey export (a sign-in or error page saved in place of the download looks like this); download the export again, or open it in Excel and save it as .xlsx or CSV',
  'import.read.noRows': '{{at}} has no rows',
  'import.read.tooManyRows': '{{at}} has more than {{max}} rows; split it into smaller files',
  'import.read.rowCount': '{{at}} has {{rows}} rows; at most {{max}} can be imported',
  'import.read.tooManyCells': '{{at}}: has {{cells}} cells; at most {{max}} columns can be imported',
  'import.read.pastLastColumn': '{{at}}: is past column {{max}}, the most that can be imported',
  'import.read.cellTooLong': "{{at}}: the cell holds {{chars}} characters; Excel's limit is {{max}}",
  'import.read.badDelimiter': '{{at}} cannot be split on "{{delimiter}}"; use one of , ; tab |',
  'import.read.openQuote': '{{at}}: unterminated quoted field: a " opens a cell that is never closed',
  'import.read.textAfterQuote': '{{at}}: text follows a closing quote; a " inside a quoted cell must be doubled ("")',
  'import.read.binaryText': '{{at}} holds binary data, not text; is it really a CSV or TSV file?',
  'import.read.mixedUtf8': '{{at}} mixes encodings: line {{line}} has a byte (0x{{byte}}) that is not UTF-8 while the rest is; save the file again as UTF-8, or choose its encoding',
  'import.read.mixedEncodings': '{{at}} mixes encodings: line {{line}} cannot be read as {{encoding}} while the rest can; save the file again in one encoding',
  'import.read.wrongEncoding': '{{at}} looks like it is not {{encoding}}; try --encoding {{suggest}}',
  'import.read.damagedExcel': '{{at}} is damaged or not an Excel file ({{reason}})',
  'import.read.xlsTimeout':
    '{{at}} could not be read: the .xls reader was still parsing after {{seconds}} s, which a damaged file causes; open it in Excel and save it as .xlsx or CSV',
  'import.read.readerFailed': '{{at}} could not be read ({{reason}})',
  'import.read.readerStopped': '{{at}} could not be read: the reader stopped (exit {{exitCode}})',
  'import.read.noSheets': '{{at}} has no sheets',
  'import.read.noSuchSheet': '{{at}} has no sheet named "{{wanted}}"; its sheets are {{sheets}}',
} satisfies Catalog;

/** Wording of what the file readers warn about while still reading the file. */
export const readWarningsEn = {
  'import.warn.more': '…and {{count}} more warnings like these',
  'import.warn.extraCells': 'row has {{cells}} cells but the header has {{header}}; column {{extra}} has no header',
  'import.warn.xlsParts': 'has parts the .xls reader does not understand ({{detail}}); compare the rows with the file in Excel',
  'import.warn.formula': 'the cell has a formula (={{formula}}); its saved result "{{text}}" was read',
  'import.warn.formulaEmpty': 'the cell has a formula (={{formula}}) with no saved result; it was read as empty',
  'import.warn.cellError': 'the cell shows the error {{text}}',
  'import.warn.encodingIgnored': 'the encoding option applies to text files only; a workbook carries its own',
  'import.warn.delimiterIgnored': 'the delimiter option applies to text files only',
  'import.warn.sheetIgnored': 'is a text file with no sheets; the sheet "{{sheet}}" was ignored',
  'import.warn.shortLastRow': 'the last row has {{cells}} of {{header}} cells and the file does not end with a line break; it may have been cut short',
  'import.warn.xlsText': 'is named .xls but holds text; it was read as delimited text',
  'import.warn.cutChar': 'ends in the middle of a character; the file may have been cut short',
  'import.warn.utf8As1252': 'is valid UTF-8; read as windows-1252 its accented and Chinese letters will be garbled',
} satisfies Catalog;
