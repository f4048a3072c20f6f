/**
 * One ingest of one generated article, in a process of its own so that its peak RSS is the ingest's:
 *   tsx bench/ingest-run.ts SHAPE N [REPEATS]
 * Prints one JSON line: { seconds, repeats, peakRssMb, baseRssMb, chars, quotes } or { refused: message, ... }.
 * The ingest is timed REPEATS times (by default: until about a second is spent, at most 20) and the fastest kept.
 * The article goes through the whole core (parse, extract, records, a write to an in-memory SQLite index).
 */
import { createOnRecord, isOnRecordError } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
import { SHAPES } from './ingest-shapes.js';

const [name, size, repeatArg] = process.argv.slice(2);
const shape = SHAPES[name ?? ''];
if (!shape || !size) {
  console.error(`usage: tsx bench/ingest-run.ts ${Object.keys(SHAPES).join('|')} N`);
  process.exit(2);
}
const store = new SqliteQuoteStore({ dir: ':memory:' });
await store.init();
const core = createOnRecord({ store });
// Warm up the parser, the extractor and the store (lazy loads, JIT) on a small article of the same shape.
await core.ingestDocument(shape.make(20));
const input = shape.make(Number(size));
global.gc?.();
const baseRssMb = process.memoryUsage().rss / 1048576;
/** One ingest into a collection of its own (a repeat into the same one would be "unchanged" and cheap). */
async function once(collection: string): Promise<{ seconds: number; out: Record<string, unknown> }> {
  const t0 = performance.now();
  let out: Record<string, unknown>;
  try {
    const r = await core.ingestDocument(input, { collection });
    out = { quotes: r.quotes };
  } catch (err) {
    if (!isOnRecordError(err)) throw err;
    out = { refused: err.message };
  }
  return { seconds: (performance.now() - t0) / 1000, out };
}
let { seconds, out } = await once('run-0');
// A small input is timed again and the fastest kept: one run of a few milliseconds on a shared machine is
// mostly noise. The caller passes the same count for every size of a shape, so no size is favoured.
const fixed = repeatArg ? Math.max(1, Number(repeatArg)) : undefined;
let repeats = 1;
for (let spent = seconds; fixed ? repeats < fixed : repeats < 20 && spent < 1; repeats++) {
  const r = await once(`run-${repeats}`);
  spent += r.seconds;
  if (r.seconds < seconds) ({ seconds, out } = r);
}
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ...out, seconds, repeats, peakRssMb, baseRssMb, chars: input.content.length }));
