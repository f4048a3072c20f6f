import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { QuoteStore } from '../../src/core/store/port.js';
import { SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { storeContract } from './contract.js';

// A folder per test (not :memory:), so that `another()` opens the same file as a second process would.
storeContract('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-store-'));
  const handles: QuoteStore[] = [];
  const open = async () => {
    const s = new SqliteQuoteStore({ dir });
    await s.init();
    handles.push(s);
    return s;
  };
  return {
    store: await open(),
    another: open,
    async dispose() {
      for (const s of handles) await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
