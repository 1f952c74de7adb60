// A file-system error (Node's errno code) as a reason a message can name, read or write. One table for every
// place kpi reads or writes files, so a new errno is explained once.

export type FsReasonKind =
  | 'missing'
  | 'not-folder'
  | 'denied'
  | 'folder'
  | 'busy'
  | 'too-long'
  | 'loop'
  | 'no-space'
  | 'read-only'
  | 'exists'
  | 'other';

export interface FsReason {
  kind: FsReasonKind;
  /** The errno code (ENOENT …), when the error has one. */
  code?: string;
  /** The first line of the error's message. */
  message: string;
}

const KINDS: Record<string, FsReasonKind> = {
  ENOENT: 'missing',
  ENOTDIR: 'not-folder',
  EACCES: 'denied',
  EPERM: 'denied',
  EISDIR: 'folder',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EAGAIN: 'busy',
  ENAMETOOLONG: 'too-long',
  ELOOP: 'loop',
  ENOSPC: 'no-space',
  EROFS: 'read-only',
  EEXIST: 'exists',
};

export function fsReason(err: unknown): FsReason {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const kind = (code !== undefined && KINDS[code]) || 'other';
  const message = ((err instanceof Error ? err.message : String(err)).split('\n', 1)[0] ?? '').slice(0, 120);
  return code === undefined ? { kind, message } : { kind, code, message };
}

/** Why a file could not be read, in a few words (definition files, files that changed during a batch). */
export function readReasonZh(r: FsReason): string {
  switch (r.kind) {
    case 'missing':
    case 'not-folder':
      return '文件不存在';
    case 'denied':
      return '没有读取权限';
    case 'busy':
      return '文件被其他程序锁定';
    case 'loop':
      return '是一个绕成环的快捷方式(符号链接),找不到真正的文件';
    default:
      return `无法读取(${r.code ?? r.message})`;
  }
}

/** Why a folder could not be made (kpi batch --out, --move-done): the path's own troubles, else as a write's. */
export function folderReasonZh(r: FsReason): string {
  switch (r.kind) {
    case 'not-folder':
      return '路径中的上级「文件夹」其实是一个文件,请换一个位置';
    case 'missing':
      return '路径的上级不能在这里创建,请检查路径';
    case 'denied':
    case 'read-only':
      return '没有权限在这里创建文件夹,请换一个位置';
    default:
      return writeReasonZh(r);
  }
}

/** Why a file could not be written, in a few words. */
export function writeReasonZh(r: FsReason): string {
  switch (r.kind) {
    case 'no-space':
      return '磁盘已满';
    case 'denied':
      return '没有写入权限(文件夹只读,或文件正在 Excel 中打开)';
    case 'busy':
      return '文件正被其他程序占用(可能正在 Excel 中打开),请关闭后重试';
    case 'missing':
      return '输出文件夹不存在';
    case 'not-folder':
      return '输出路径中的上级「文件夹」其实是一个文件';
    case 'folder':
      return '输出路径是一个文件夹,请给出文件名';
    case 'read-only':
      return '文件夹只读';
    case 'exists':
      return '输出文件已存在(加 --force 替换)';
    case 'loop':
      return '输出路径中有指向自己的快捷方式(符号链接循环)';
    case 'too-long':
      return '文件名或路径太长,请用 -o 指定较短的文件名';
    case 'other':
      return r.message;
  }
}
