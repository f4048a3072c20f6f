import { inject } from 'vitest';
import { storeContract } from './contract.js';
import { followsContract } from './follows-contract.js';
import { postgresHarness } from './harness.js';

// A real PostgreSQL from tests/setup/postgres.ts; '' only outside CI when none is installed (warned there).
const url = inject('pgUrl');

storeContract('postgres', () => postgresHarness(url), { skip: !url });
followsContract('postgres', () => postgresHarness(url), { skip: !url });
