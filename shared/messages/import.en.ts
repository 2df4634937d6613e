/** Wording of the import's problems and warnings (file readers, checks, conversion). */
import type { Catalog } from './format';

export const importMessagesEn = {
  'import.answer.sameQuestion': 'Column {{column}} answers the same question as column {{first}} (“{{question}}”): where both hold an answer, column {{column}}’s is kept',
  'import.answer.notOption': '“{{value}}” is not one of the options of “{{question}}”: kept as text, not counted ({{count}} cells)',
  'import.answer.notOnScale': '“{{value}}” is not a point of the scale of “{{question}}”: kept as text, not scored (cells: {{count}})',
  'import.answer.notNumber': '“{{value}}” is not a number (“{{question}}”): kept as text, not scored (cells: {{count}})',
  'import.answer.outOfScale': '{{value}} is outside the scale {{min}}–{{max}} of “{{question}}”: kept as text, not scored (cells: {{count}})',
  'import.answer.outliers':
    '{{count}} implausible numbers in “{{question}}” (outside {{low}} … {{high}}, three interquartile ranges beyond the quartiles) are left out of means',
  'import.answer.outliersKept':
    '{{count}} implausible numbers in “{{question}}” (outside {{low}} … {{high}}, three interquartile ranges beyond the quartiles) are kept in means, as asked',
  'import.meta.emptyTime': 'Column {{column}} (submit time) holds no time in any row (“{{sample}}” in {{cells}} cells): imported as empty',
  'import.meta.emptyDuration': 'Column {{column}} (duration) holds no duration in any row (“{{sample}}” in {{cells}} cells): imported as empty',
  'import.meta.badTime': '“{{value}}” in column {{column}} is not a date this importer understands: left empty ({{count}} cells)',
  'import.meta.badDuration': '“{{value}}” in column {{column}} is not a duration: left empty ({{count}} cells)',
  'import.codes.savedTexts': 'Column {{column}} (“{{question}}”) holds option numbers: they were read as the {{options}} option texts saved by an earlier import into this survey ({{count}} answers)',
  'import.cli.warnings': '{{count}} warnings (kept as text, not scored):',
  'import.strict.refused': '{{file}}: {{count}} unexpected values and --strict was given, nothing imported',
  'import.file.binaryData': '{{file}} is not a text table: it holds binary data (NUL or control bytes), not CSV or TSV text. Export the survey as CSV, TSV or Excel and import that file',
  'import.file.binary': '{{file}} is not a text table: it looks like a {{looksLike}} file. Export the survey as CSV, TSV or Excel and import that file',
  // Workbook size limits (zip bombs)
  'import.workbookTooLarge':
    '{{file}} unpacks to more than {{limitMb}} MB ({{entry}}); it is too large to import safely. Save the survey sheet on its own as .xlsx or CSV and import that.',
  'import.workbookTooManyEntries': '{{file}} holds {{entries}} files inside; a workbook has at most {{limit}}.',
  'import.fileTooLargeToRead':
    '{{file}} needs more than {{limitMb}} MB of memory to read, the most an import may use; it was refused. Save the survey sheet on its own as .xlsx or CSV, or split it into smaller files, and import those.',
} satisfies Catalog;
