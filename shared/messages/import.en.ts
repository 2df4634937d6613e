/** Wording of the import's problems and warnings (file readers, checks, conversion). */
import type { Catalog } from './format';

export const importMessagesEn = {
  // Workbook size limits (zip bombs)
  'import.workbookTooLarge':
    '{{file}} unpacks to more than {{limitMb}} MB ({{entry}}); it is too large to import safely. Save the survey sheet on its own as .xlsx or CSV and import that.',
  'import.workbookTooManyEntries': '{{file}} holds {{entries}} files inside; a workbook has at most {{limit}}.',
} satisfies Catalog;
