import zlib from 'node:zlib';
import { entryData, type ZipEntry } from '../zipGuard.js';
import { Unsupported } from './readPackage.js';

/** An entry's uncompressed bytes, a chunk at a time, pulled as the consumer goes (never the whole part). */
export async function* inflateChunks(buffer: Buffer, entry: ZipEntry, cap: number): AsyncGenerator<Buffer> {
  const data = entryData(buffer, entry);
  if (!data) throw new Unsupported(`${entry.name}: damaged entry`);
  if (entry.method === 0) {
    if (data.length > cap) throw new Unsupported(`${entry.name}: too large`);
    for (let i = 0; i < data.length; i += 256 * 1024) yield data.subarray(i, i + 256 * 1024);
    return;
  }
  if (entry.method !== 8) throw new Unsupported(`${entry.name}: compression method ${entry.method}`);
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(data);
  let size = 0;
  for await (const chunk of inflater as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > cap) {
      inflater.destroy();
      throw new Unsupported(`${entry.name}: more than ${cap} bytes`);
    }
    yield chunk;
  }
}
