// Grouping values under a key in one pass.

/**
 * Appends `value` to the list under `key`, creating the list once. Never `[...(map.get(key) ?? []), value]`: that
 * copies the list at every append, and a 50,000-person roster of one month or one rater took seconds for nothing.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
