import { storeContract } from './contract.js';
import { followsContract } from './follows-contract.js';
import { sqliteHarness } from './harness.js';

storeContract('sqlite', () => sqliteHarness());
followsContract('sqlite', () => sqliteHarness());
