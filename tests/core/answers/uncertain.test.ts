import { afterAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreWith, SEED } from '../../support/core.js';

/** The configured threshold decides which answers say their attribution is uncertain. */
describe('attribution uncertain in answers', () => {
  const cores: OnRecord[] = [];
  afterAll(async () => { for (const c of cores) await c.close(); });
  const open = async (uncertainBelow?: number) => {
    const core = await coreWith({ files: [SEED], ...(uncertainBelow !== undefined ? { uncertainBelow } : {}) });
    cores.push(core);
    return core;
  };

  it('marks each hit by comparing its confidence with the threshold (default 0.6)', async () => {
    const a = await (await open()).ask('what did Dunford say', { limit: 10 });
    expect(a.hits.length).toBeGreaterThan(0);
    for (const h of a.hits) {
      expect(h.confidence).toBeGreaterThanOrEqual(0);
      expect(h.confidence).toBeLessThanOrEqual(1);
      expect(h.attributionUncertain).toBe(h.confidence < 0.6);
    }
  });

  it('follows the configured threshold: 1 marks every hit, 0 none', async () => {
    const all = await (await open(1)).ask('what did Dunford say', { limit: 10 });
    expect(all.hits.length).toBeGreaterThan(0);
    expect(all.hits.every((h) => h.confidence === 1 || h.attributionUncertain)).toBe(true);
    const none = await (await open(0)).ask('what did Dunford say', { limit: 10 });
    expect(none.hits.some((h) => h.attributionUncertain)).toBe(false);
  });
});
