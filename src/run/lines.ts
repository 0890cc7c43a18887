import type { WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';

/**
 * Splits streamed chunks into lines for the logger, keeping a partial last line for later. Lines
 * end where the runner ends them (`\n`, `\r\n` and a bare `\r`), so each line we pass on is one
 * line of the runner's log; a character split over two chunks is decoded whole.
 */
export function lineSplitter(emit: (line: string) => void): {
  write(data: Buffer): void;
  flush(): void;
} {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const take = (text: string) => {
    // A chunk that ends in `\r` may end in the first half of `\r\n`: the next chunk tells.
    const open = text.endsWith('\r');
    const lines = (open ? text.slice(0, -1) : text).split(/\r\n|\r|\n/);
    pending = (lines.pop() ?? '') + (open ? '\r' : '');
    for (const line of lines) emit(line);
  };
  return {
    write(data) {
      take(pending + decoder.write(data));
    },
    flush() {
      take(pending + decoder.end());
      const last = pending.endsWith('\r') ? pending.slice(0, -1) : pending;
      if (pending !== '') emit(last);
      pending = '';
    },
  };
}

/** Ends the log; an error writing it was already recorded by its 'error' listener. */
export async function closeStream(stream: WriteStream): Promise<void> {
  stream.end();
  await finished(stream).catch(() => undefined);
}

/** What `runLoggedProcess` needs. */
