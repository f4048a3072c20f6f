import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "who said" a misremembered line whose name many other quotes share: more than 80 short quotes name "Marco Veltrano"
 * (the surname twice), and the line recalled ("Marco Veltrano is bought and paid for") stands inside a long quote that
 * says "Marco Veltrano is paid for". Ranked by BM25, every short quote repeating the name comes before the long one, so a
 * wide look-up of 80 candidates never saw it (session 28: the pool is 120); since session 29 the wide pool is ordered by
 * the pasted words each candidate holds, and the long quote comes first whatever the pool. Articles written for this test.
 */
const GIVEN = ['Anneli', 'Borek', 'Casimir', 'Dagny', 'Eero', 'Fenna', 'Gorm', 'Hilde', 'Ivo', 'Jorunn', 'Kasper', 'Liv'];
const FAMILY = ['Aasen', 'Brekke', 'Dalby', 'Engen', 'Frost', 'Hovda', 'Kvist', 'Lunde', 'Moe', 'Nygard'];
const GRIEF = ['the bridge', 'the ferry', 'the school roof', 'the tram line', 'the library', 'the old mill', 'the swimming pool',
  'the bus depot', 'the market hall', 'the cycle path', 'the sea wall'];

const ARTICLES: Record<string, string> = {};
for (let i = 0; i < 110; i++) {
  const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`;
  const surname = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length];
  const thing = GRIEF[i % GRIEF.length];
  ARTICLES[`council-${i}.txt`] = `Residents speak out on ${thing}, number ${i + 1}

Local resident ${name} spoke at the council meeting on ${thing}.

"Marco Veltrano promised us ${thing} and Veltrano forgot it," ${surname} said.
`;
}
// Other news, so that the name is not in every quote of the index (its weight is a real name's, not a stop word's),
// half of it saying "paid" (a common word in news, as in the corpus).
const PLACES = ['Oskvik', 'Rendal', 'Tolvik', 'Sandnes Point', 'Vargby', 'Holmer', 'Kilde', 'Brannes'];
const CROPS = ['barley', 'potatoes', 'apples', 'rye', 'cabbages', 'plums', 'oats', 'turnips', 'cherries'];
for (let i = 0; i < 400; i++) {
  const name = `${GIVEN[(i * 7) % GIVEN.length]} ${FAMILY[(i * 3) % FAMILY.length]}`;
  const place = PLACES[i % PLACES.length];
  const crop = CROPS[Math.floor(i / PLACES.length) % CROPS.length];
  ARTICLES[`farm-${i}.txt`] = `Harvest report from ${place}, week ${i + 1}

Farmer ${name} described the season in ${place}.

"The rain in ${place} came early and the ${crop} suffered in week ${i + 1}${i % 2 ? '' : ', and we paid for it'}," ${name.split(' ')[1]} said.
`;
}
ARTICLES['market.txt'] = `Grocer closes after forty years

Shopkeeper Tove Rask said the shop had been bought by a chain from the capital.

"We bought this place with our savings and we sold it with a heavy heart," Ms Rask said.
`;
ARTICLES['voter.txt'] = `Young voter backs the outsider

Student Mikkel Vinter, 19, said he would vote for the first time in the spring.

"He speaks his mind, and I think that is what this county needs. A lot of the people in charge never do what needs to happen, they just do whatever the loudest voices feel like. Other towns just say do this, do that, and we follow. Marco Veltrano is paid for. Our candidate owes nobody anything and he built his own business from nothing," Mr Vinter said.
`;

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 120_000);
afterAll(() => core.close());

describe('"who said" a line many quotes share a name with', () => {
  it('more than 80 quotes name Veltrano', async () => {
    const a = await core.ask('what did people say about Veltrano');
    expect(a.total).toBeGreaterThan(80);
  });

  it('a misremembered line is found inside a long quote although more than 80 shorter quotes repeat its name', async () => {
    const a = await core.ask('who said "Marco Veltrano is bought and paid for"');
    expect(a.hits[0]?.speaker?.name).toBe('Mikkel Vinter');
  });

  it('a line nobody said, sharing only the name, is still not on record', async () => {
    const a = await core.ask('who said "Veltrano will close the harbour for good"');
    expect(a.hits.some((h) => h.speaker?.name === 'Mikkel Vinter')).toBe(false);
  });
});
