/**
 * Form errors travel as Conform's plain strings, so a message is an i18n key
 * ("ns:key"), followed by its values as JSON when it has any:
 * `auth:errors.nameTooLong {"max":100}`. The page translates it with t().
 */
export type MessageParams = Record<string, string | number>;

export function message(key: string, params?: MessageParams): string {
  return params && Object.keys(params).length ? `${key} ${JSON.stringify(params)}` : key;
}

export function readMessage(text: string): { key: string; params: MessageParams } {
  const space = text.indexOf(" ");
  if (space < 0) return { key: text, params: {} };
  try {
    return { key: text.slice(0, space), params: JSON.parse(text.slice(space + 1)) as MessageParams };
  } catch {
    return { key: text.slice(0, space), params: {} };
  }
}
