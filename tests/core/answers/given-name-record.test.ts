import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A person the extractor filed under the given name alone ("Tobias"), asked for by the full name typed wrong
 * ("Tobias Grennick" for a Tobias whose surname the article does not give), among many speakers sharing that given name: the record is found by its key,
 * not only through the fuzzy nearest names (which two dozen other Tobiases fill), and the topic chooses. Articles written
 * for these tests; the people are invented.
 */
const SURNAMES = ['Okafor', 'Lindqvist', 'Marchetti', 'Abernathy', 'Kowalczyk', 'Delacroix', 'Haverford', 'Quenneville', 'Sandoval', 'Thackeray', 'Uchenna',
  'Whitcombe', 'Yarborough', 'Zielinski', 'Beaumont', 'Castellano', 'Dunmore', 'Estrada', 'Fairbanks', 'Gallagher', 'Hollister', 'Iverson', 'Jankowski', 'Kingsley'];
const ARTICLES: Record<string, string> = {
  'tapes.txt': `Family keeps the studio recordings

The engineer's son kept every reel after the studio closed.

"He called them his lifeline tapes, and he never threw one away," said Tobias, who runs the archive.
`,
};
for (const [i, s] of SURNAMES.entries()) {
  ARTICLES[`other-${i}.txt`] = `Town notes ${i}

"The bus timetable for route ${i + 3} changes next month," said councillor Tobias ${s}.
`;
}

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a given-name-only record asked for by a misspelt full name', () => {
  it('answers when its quote holds the topic, asking "did you mean"', async () => {
    const a = await core.ask("Tobias Grennick on his father's lifeline tapes");
    expect(a.hits[0]?.speaker?.name).toBe('Tobias');
    expect(a.note).toMatch(/Did you mean Tobias\?/);
  });

  it('is no answer when its words do not hold the topic', async () => {
    expect((await core.ask('Tobias Grennick on the football results')).hits).toEqual([]);
  });
});
