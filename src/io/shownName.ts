import path from 'node:path';

// A file name is shown on one line as it is, except the characters that would break the line or reorder it:
// a name containing a newline gave two stderr lines; bidi overrides can make 「gpj.xlsx」 look like another name.
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function oneLine(s: string): string {
  return s.replace(BREAKING, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The file's name (not its folders) for a message. */
export function shownName(file: string): string {
  return oneLine(path.basename(file) || file);
}

/** A whole path for a message. */
export function shownPath(file: string): string {
  return oneLine(file);
}
