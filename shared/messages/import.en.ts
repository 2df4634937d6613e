/** Wording of the import's problems and warnings (file readers, checks, conversion). */
import type { Catalog } from './format';

export const importMessagesEn = {} satisfies Catalog;
