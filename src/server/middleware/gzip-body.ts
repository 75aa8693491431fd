import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { Context } from 'hono';

const gzipAsync = promisify(gzip);

/** Bodies below this go out as they are: the gzip header and the CPU cost more than they save. */
const THRESHOLD_BYTES = 16 * 1024;

/**
 * Sends a JSON text, gzipped when the client accepts it and it is large: a first download of 1,000
 * inspections is 16 MB of JSON and 1.5 MB gzipped, the difference between 6 s and half a second on a
 * 20 Mbit/s office Wi-Fi. Level 1: on this JSON it compresses within 20% of the default level in half the
 * time (bench: 110 against 190 ms for 16 MB), and zlib runs it on the thread pool, beside the event loop.
 */
export async function jsonBody(c: Context, text: string): Promise<Response> {
  const accepts = /\bgzip\b/i.test(c.req.header('accept-encoding') ?? '');
  if (!accepts || text.length < THRESHOLD_BYTES) {
    return c.body(text, 200, { 'content-type': 'application/json' });
  }
  const zipped = await gzipAsync(text, { level: constants.Z_BEST_SPEED });
  return c.body(new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength), 200, {
    'content-type': 'application/json',
    'content-encoding': 'gzip',
    vary: 'accept-encoding',
  });
}
