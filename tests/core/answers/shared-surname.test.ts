import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A surname many speakers share: the topic picks among all of them, not only among the most quoted two dozen.
 * Invented town: thirty Quayles on record, the least quoted of them the only one to speak of the lighthouse.
 */
const FIRST = ['Abel', 'Bryn', 'Cora', 'Dara', 'Elin', 'Finn', 'Gwen', 'Hale', 'Iona', 'Jory', 'Kira', 'Lorn', 'Mira', 'Nell', 'Oran',
  'Pia', 'Quin', 'Rhea', 'Saul', 'Tova', 'Ula', 'Vere', 'Wynn', 'Xara', 'Yves', 'Zena', 'Anso', 'Bram', 'Cleo'];

const ARTICLES: Record<string, string> = Object.fromEntries(FIRST.map((first, i) => [`council-${i}.txt`, `Market hall plans for ward ${i + 1}

Councillor ${first} Quayle spoke at the ward meeting on Tuesday.

"The market hall needs a new roof before the winter," ${first} Quayle said.

"Stallholders have waited long enough for the repairs," ${first} Quayle added.
`]));
ARTICLES['harbour.txt'] = `Keeper honoured at Saltmouth

Harbour master Wren Quayle praised the keeper who kept the light burning through the storm.

"The lighthouse keeper deserves a medal for that night," Wren Quayle said.
`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a surname shared by more than two dozen speakers', () => {
  it('"what did Quayle say about the lighthouse" is the Quayle who spoke of it, the least quoted of thirty', async () => {
    const a = await core.ask('what did Quayle say about the lighthouse');
    expect(a.status).toBe('found');
    expect(a.hits[0]?.speaker?.name).toBe('Wren Quayle');
    expect(a.hits[0]?.text).toContain('lighthouse keeper deserves a medal');
  });

  it('a topic no Quayle spoke of is still "no quote found"', async () => {
    expect((await core.ask('what did Quayle say about the ferry timetable')).hits).toEqual([]);
  });
});
