/**
 * Words a message — a code plus parameters — in one language. Messages cross the contract
 * as `{ code, params }`; the renderer and the CLI each word them from the same catalogues,
 * so no sentence in one language reaches a screen in the other.
 */
export type MessageParams = Record<string, string | number>;

/** A message as it travels: what happened (code) and the facts to fill in (params). */
export interface MessageData {
  code: string;
  params?: MessageParams;
}

/** Code → template with `{{name}}` placeholders. */
export type Catalog = Readonly<Record<string, string>>;

/** Fills `{{name}}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
