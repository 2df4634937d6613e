/**
 * Wording of the errors the backend sends: `error.<code>` for each of `ERROR_CODES` (the
 * general wording), and the specific messages an error may name in `messageCode`.
 */
import type { Catalog } from './format';

export const errorMessagesEn = {
  'error.fallback_path': 'the file',
  'error.validation': 'Some values are not valid: {{details}}',
  'error.unknown_operation': 'The app asked the backend for something it does not know ({{name}}).',
  'error.not_found': 'It no longer exists — it may have been deleted.',
  'error.conflict': 'It was changed elsewhere in the meantime. Reload and try again.',
  'error.no_workspace': 'No workspace is open. Open or create a workspace first.',
  'error.workspace_missing': 'The file “{{path}}” does not exist.',
  'error.workspace_exists': 'The file “{{path}}” already exists. Choose another name; nothing was overwritten.',
  'error.workspace_not_sqlite': 'The file “{{path}}” is not a Journey Audit workspace.',
  'error.workspace_foreign': 'The file “{{path}}” is a database of another application, not a Journey Audit workspace.',
  'error.workspace_newer': 'The file “{{path}}” was saved by a newer version of Journey Audit. Update the app to open it.',
  'error.workspace_corrupt': 'The file “{{path}}” is damaged and cannot be read safely.',
  'error.workspace_locked': 'The file “{{path}}” is in use by another program. Close it there and try again.',
  'error.workspace_readonly': 'The file “{{path}}” cannot be written to. Check its permissions or save a copy elsewhere.',
  'error.workspace_full': 'The disk holding “{{path}}” is full; nothing was changed. Free some space and try again.',
  'error.workspace_io': 'The file “{{path}}” could not be read or written: {{detail}}',
  'error.unauthorized': 'This page may not talk to the local server. Open the address printed when the app was started.',
  'error.internal': 'Something went wrong: {{message}}',
  'error.workspace_empty': 'The file “{{path}}” is empty (0 bytes): it holds no workspace. It may be an unfinished copy or download.',
  'error.workshop_full': 'The session is full ({{max}} participants).',
  'error.workshop_locked': 'This item is locked: votes are no longer accepted.',
  'error.workshop_hidden': 'The results are hidden until they are revealed.',
  'error.workshop_address': 'The address {{host}} cannot be used: {{message}}',
  'journey.name_taken': 'There is already a journey called “{{name}}”. Choose another name.',
  'journey.template_unknown': 'There is no journey template called “{{template}}”.',
} satisfies Catalog;
