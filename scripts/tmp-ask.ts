import { createOnRecord } from '../src/core/index.js';
import { SqliteQuoteStore } from '../src/core/store/sqlite/store.js';
const store = new SqliteQuoteStore({ dir: '/work/wt/h-qa84-tools/idx' });
const core = createOnRecord({ store, refreshMs: 3_600_000 });
for (const q of process.argv.slice(2)) { const a = await core.ask(q); console.log(q, a.note ?? '', a.total); for (const h of a.hits ?? []) console.log('  ', (h as any).speaker?.name, String((h as any).text ?? (h as any).quote?.text).slice(0, 80)); }
process.exit(0);
