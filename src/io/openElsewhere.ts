import path from 'node:path';
import { files } from './fileSystem.js';

// An office program that has a workbook open keeps a lock file beside it, removed when the workbook is closed.
// The input is read as last saved: edits still on the user's screen are not in the scores, which is worth a word.

/** The lock files Excel and WPS (Windows: ~$name), LibreOffice (.~lock.name#) and WPS on Linux (.~name) keep. */
export function lockFileNames(input: string): string[] {
  const name = path.basename(input);
  return [`~$${name}`, `.~lock.${name}#`, `.~${name}`];
}

/** The name of the lock file beside `input`, if there is one: the workbook is open in Excel, WPS or LibreOffice. */
export async function openElsewhere(input: string): Promise<string | null> {
  const dir = path.dirname(input);
  for (const name of lockFileNames(input)) {
    const found = await files.stat(path.join(dir, name)).then((s) => s.isFile(), () => false);
    if (found) return name;
  }
  return null;
}
