import { storeContract } from './contract.js';
import { sqliteHarness } from './harness.js';

storeContract('sqlite', () => sqliteHarness());
