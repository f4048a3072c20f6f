import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';
import { RoleIndex } from '../../../src/core/speakers/roles.js';

/**
 * A bare office whose body the article states around it (session 32, h-qa75, `bodyOwingHolders`): "said chief
 * executive Lena Hovd" in an article on Ostrava Bakeries is the Ostrava Bakeries chief executive, though no role on
 * record says so; the holders read first are the bare chief executives quoted most. Never when the body's own
 * holder is on record: the Marlow Dairies chief executive is Tam Oyelaran, not the rival's chief executive quoted in
 * a paragraph on Marlow Dairies. "the country's vice president Oren Malik" in an article on Vostrania is its vice
 * president, though no role on record holds the office of Vostrania at all. Since session 33 (h-qa79) the body must
 * be in the quote or its sentence: a sentence or paragraph before it naming a rival is no statement. Invented articles.
 */
const TOLLIS = [
  'Our mills ran at full speed all spring.',
  'The new warehouse by the canal opens in May.',
  'We will hire forty apprentices this autumn.',
  'Cotton prices have settled after a hard winter.',
  'The export office in the north is busy again.',
  'Our looms are older than most of our staff.',
  'The canal barges carry half of our yarn.',
  'Wages at the mills rose for the third year.',
  'The dye works will move to the river site.',
  'Our customers in the south want finer cloth.',
  'The spinning shed roof was mended in March.',
  'We sold more blankets than ever at the fair.',
  'The mill school has its first graduates.',
  'A second boiler will be fitted in the summer.',
  'The weavers voted to keep the longer breaks.',
  'Our yarn won a prize at the county show.',
];
const ARTICLES: Record<string, string> = Object.fromEntries([
  ...TOLLIS.map((q, i) => [`tollis-${i}.txt`, `Kestrel Mills update\n\nKestrel Mills reported steady trade.\n\n"${q}" said chief executive Bram Tollis.\n`]),
  ['ostrava.txt', `Ostrava Bakeries profits rise\n\nOstrava Bakeries said profits rose by a fifth last year as demand for rye bread grew.\n\n"Our ovens ran day and night all winter to keep up with the orders for Ostrava Bakeries rye," said chief executive Lena Hovd.\n`],
  ['marlow.txt', `Marlow Dairies sells farm\n\nMarlow Dairies chief executive Tam Oyelaran said the firm would sell its hill farm.\n\n"The hill farm has served us well but its time has passed," Tam Oyelaran said.\n`],
  ['vostrania.txt', `Vostrania plays down airline rescue\n\nVostrania's flag carrier is struggling under its debts. However, the country's vice president Oren Malik has said the government is still looking for a solution.\n\nAsked whether Vostrania would rescue the airline, Mr Malik replied: "No, the airline must find its own buyer."\n`],
  ['dorvik.txt', `Farm talks stall\n\nSelvonia's trade envoy walked out of the talks on Tuesday.\n\n"We will not sign a deal that hurts our farmers," said the vice president, Anja Rusk.\n`],
  ['pellow.txt', `Milk price war\n\nRival Marlow Dairies has cut prices again. Pellow Creamery said it would not follow.\n\n"Nobody can keep cutting prices on milk for ever," said chief executive Pim Roth.\n`],
]);

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('a bare office whose body the article states around the quote', () => {
  it('answers for a body whose office no role on record holds at all ("Vostrania\'s vice president")', async () => {
    const a = await core.ask("what did Vostrania's vice president say about a buyer for the airline");
    expect(a.hits[0]?.speaker?.name).toBe('Oren Malik');
  });

  it('never a holder who states the office elsewhere with a body of its own ("Tarnland senator" beside "Sen.")', () => {
    const index = new RoleIndex([
      { id: 'ivo-dorn', roles: ['Tarnland senator', 'Sen.'], organisations: [] },
      { id: 'ada-kell', roles: ['senator'], organisations: [] },
      { id: 'uma-fenn', roles: ['chief executive'], organisations: [] },
    ]);
    expect(index.bareHolders('Vostrania senator').map((f) => [f.id, f.unstated])).toEqual([['ada-kell', ['vostrania']]]);
    expect(index.bareHolders('the senator')).toEqual([]);
    expect(index.bareHolders('Ostrava Bakeries chief executive').map((f) => f.id)).toEqual(['uma-fenn']);
  });

  it('never for another country\'s office', async () => {
    const a = await core.ask("what did Karelia's vice president say about a buyer for the airline");
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Oren Malik');
  });

  it('"the Ostrava Bakeries chief executive" is the chief executive quoted in the article on it', async () => {
    const a = await core.ask('what did the Ostrava Bakeries chief executive say about the ovens');
    expect(a.hits[0]?.speaker?.name).toBe('Lena Hovd');
  });

  it('is never read where the body\'s own chief executive is on record', async () => {
    const a = await core.ask('what did the Marlow Dairies chief executive say about cutting prices on milk');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Pim Roth');
  });

  it('never answers for a body the quote\'s surroundings do not name', async () => {
    const a = await core.ask('what did the Tarnby Foods chief executive say about the ovens');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Lena Hovd');
  });

  // Session 33 (h-qa79): the body owed must be in the quote or its sentence. Selvonia, the other side of the talks,
  // is only in the sentence before Anja Rusk's quote: she is not Selvonia's vice president.
  it('never answers for a body only the sentence before the quote names', async () => {
    const a = await core.ask("what did Selvonia's vice president say about a deal for farmers");
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Anja Rusk');
  });
});
