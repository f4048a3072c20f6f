import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "X's lawyer on Y" names X's lawyer, not X (session 18, h-qa36): a possessive description in the place of "X on Y"
 * is read like "what did X's lawyer say about Y", never as topic words around X's name. Invented articles: a
 * prisoner quoted about his cell, his lawyer quoted about the ruling.
 */
const ARTICLES: Record<string, string> = {
  'ruling.txt': `Prisoner wins damp cell case

Prisoner Alan Dorrick won his case over the damp cells at Gallowmoor jail on Tuesday.

Mr Dorrick said: "The damp in the cells ruined my health and my chest."

His lawyer, Janet Pickford, welcomed the ruling. "Hundreds of prisoners in damp cells will take heart from this ruling," Janet Pickford said.
`,
  'jail.txt': `Gallowmoor jail to close wing

Alan Dorrick told the inquiry about the damp cells at Gallowmoor. "Prisoners live with damp every day," Alan Dorrick said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a possessive description in the place of "X on Y"', () => {
  it('"Dorrick\'s lawyer on prisoners in damp cells" is his lawyer\'s words, never his own', async () => {
    const a = await core.ask("Dorrick's lawyer on prisoners in damp cells");
    expect(a.hits[0]?.speaker?.name).toBe('Janet Pickford');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Alan Dorrick');
  });

  it('"Dorrick on damp cells" is still Dorrick', async () => {
    const a = await core.ask('Dorrick on damp cells');
    expect(a.hits[0]?.speaker?.name).toBe('Alan Dorrick');
  });
});
