// V8 keeps a string of more than 128 KB (64 K characters once one of them is outside Latin-1, as any Chinese name is)
// in pages of its own, mapped for it and unmapped when it dies. A 256 KB chunk of sheet XML decoded at once made
// such a string, and so did the text built on it: 50,000 people took 3,000 of them (1.3 GB mapped and faulted in,
// a third of the process's time in the kernel on a machine where a page fault is dear). Decoded in pieces of
// 16 KB, every string stays in the ordinary young generation.

/** Bytes decoded at a time: at most 16 K characters, 32 KB as two-byte text. */
export const TEXT_PIECE_BYTES = 16 * 1024;

/** `chunk` decoded by `decoder` (a stream: a character split between chunks is kept for the next) piece by piece. */
export function* decodePieces(decoder: InstanceType<typeof TextDecoder>, chunk: Uint8Array): Generator<string> {
  for (let i = 0; i < chunk.length; i += TEXT_PIECE_BYTES) {
    yield decoder.decode(chunk.subarray(i, i + TEXT_PIECE_BYTES), { stream: true });
  }
}

/** Characters of XML built up before it is handed on (to the zip writer, which makes bytes of it). */
export const TEXT_RUN_CHARS = 16 * 1024;
