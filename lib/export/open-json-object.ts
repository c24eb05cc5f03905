/** `{"a":1,"b":2` from an object: the start of a JSON object the caller continues and closes. */
export function openJsonObject(fields: object): string {
  return JSON.stringify(fields).slice(0, -1);
}
