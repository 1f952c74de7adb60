// JSON.parse keeps the last of a key written twice in one object: a second 「rule」 pasted below the first replaced it
// without a word (a 良 of 7/10 scored 70/10). The text is scanned for such a key once it parses.

type Frame = { kind: 'object'; keys: Set<string>; path: string; key: string | null } | { kind: 'array'; index: number; path: string };

/** The first key written twice in one object of a valid JSON text: the object's path ($.parts[0]), the key and its line. */
export function duplicateKey(text: string): { path: string; key: string; line: number } | null {
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '$';
    return top.kind === 'array' ? `${top.path}[${top.index}]` : `${top.path}.${top.key}`;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return { path: top.path, key, line };
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (ch === '{') {
      stack.push({ kind: 'object', keys: new Set(), path: childPath(), key: null });
      expectKey = true;
    } else if (ch === '[') stack.push({ kind: 'array', index: 0, path: childPath() });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') expectKey = true;
      else if (top) top.index++;
    }
  }
  return null;
}
