// The file-system calls of reading and writing a workbook, made the way the calling thread is best served.
// A grading worker thread (kpi score, kpi batch) works on one file at a time and has nothing else to do while a
// call runs: there each call is made synchronously. An asynchronous one costs a round trip through libuv's thread
// pool — a thread woken, the event loop woken, a turn of the loop — and a graded file makes about 25 of them; kpi
// batch of 200 files × 30 people took 13–16 % less time with synchronous calls in its workers (BENCHMARKS.md). The
// main thread keeps the asynchronous calls: it answers signals and the workers while a file is read or written.
import * as fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

export interface OpenFile {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  readFile(): Promise<Buffer>;
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileSystem {
  open(file: string, flags: 'r' | 'r+' | 'wx'): Promise<OpenFile>;
  stat(file: string): Promise<fs.Stats>;
  lstat(file: string): Promise<fs.Stats>;
  readFile(file: string): Promise<Buffer>;
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  realpath(file: string): Promise<string>;
  rm(file: string): Promise<void>;
}

const asynchronous: FileSystem = {
  open: (file, flags) => fs.promises.open(file, flags),
  stat: (file) => fs.promises.stat(file),
  lstat: (file) => fs.promises.lstat(file),
  readFile: (file) => fs.promises.readFile(file),
  writeFile: (file, data) => fs.promises.writeFile(file, data),
  rename: (from, to) => fs.promises.rename(from, to),
  realpath: (file) => fs.promises.realpath(file),
  rm: (file) => fs.promises.rm(file, { force: true }),
};

/** `work` run now; its result or its error as a settled promise, as the asynchronous call would give them. */
function now<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (err) {
    return Promise.reject(err);
  }
}

function openNow(file: string, flags: 'r' | 'r+' | 'wx'): OpenFile {
  const fd = fs.openSync(file, flags);
  return {
    read: (buffer, offset, length, position) => now(() => ({ bytesRead: fs.readSync(fd, buffer, offset, length, position) })),
    readFile: () => now(() => fs.readFileSync(fd)),
    write: (buffer, offset, length) => now(() => ({ bytesWritten: fs.writeSync(fd, buffer, offset, length) })),
    sync: () => now(() => fs.fsyncSync(fd)),
    close: () => now(() => fs.closeSync(fd)),
  };
}

const synchronous: FileSystem = {
  open: (file, flags) => now(() => openNow(file, flags)),
  stat: (file) => now(() => fs.statSync(file)),
  lstat: (file) => now(() => fs.lstatSync(file)),
  readFile: (file) => now(() => fs.readFileSync(file)),
  writeFile: (file, data) => now(() => fs.writeFileSync(file, data)),
  rename: (from, to) => now(() => fs.renameSync(from, to)),
  realpath: (file) => now(() => fs.realpathSync.native(file)),
  rm: (file) => now(() => fs.rmSync(file, { force: true })),
};

/** The calls for this thread: synchronous in a worker thread, asynchronous on the main thread. */
export const files: FileSystem = isMainThread ? asynchronous : synchronous;

/** Both, for tests: the same call must give the same result and the same error either way. */
export const fileSystems = { asynchronous, synchronous } as const;
