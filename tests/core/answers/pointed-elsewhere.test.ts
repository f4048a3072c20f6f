import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * A quote that holds one common word of the question is no answer when the question's rarer word points elsewhere
 * (session 18, h-qa36): another speaker of the same name holds it, or, for one speaker and three topic words or more,
 * the words the quote lacks are rarer ones on record. Invented articles: two Harlands (a tennis player who met
 * Moravec, a radio host), a minister who spoke of lifting a pension cap, and others who spoke of losing, sanctions
 * and Borovia.
 */
const ARTICLES: Record<string, string> = {
  'final.txt': `Harland beaten in Oslo final

Dev Harland went out of the Oslo final to Moravec in three sets on Sunday.

The crowd stood for both men as the match ended after four hours. "Moravec served better than ever," his coach Ana Vell said.

"You are simply the best player I have ever faced," Dev Harland said.
`,
  'radio.txt': `Radio host signs off

Talk radio host Tess Harland ended her show after twenty years.

"Nobody enjoys losing an audience, but I am proud of every hour we made," Tess Harland said.
`,
  'cup.txt': `Cup exit for Rovers

Rovers manager Ida Pell was blunt after the defeat.

"Losing at home hurts more than anything," Ida Pell said.

Captain Rob Stenner agreed. "Losing like that is hard to take," Rob Stenner said.
`,
  'pensions.txt': `Minister plans pension change

Pensions minister Mara Quint set out her plans on Monday.

"We will lift the cap on pensions so that every saver gains," Mara Quint said.
`,
  'weights.txt': `Gym opens in Saltmouth

Coach Nia Brell opened the town's new gym on Friday.

"Anyone can lift more than they think," Nia Brell said.
`,
  'borovia.txt': `Envoy warns on Borovia

Envoy Lev Arno spoke about Borovia at the summit.

"The sanctions on Borovia are working and must stay until the border is open," Lev Arno said.

"Sanctions are never painless," Lev Arno added.

"Our partners back the sanctions," he said. "Sanctions take time," Lev Arno said later. "I have seen sanctions fail before, but not these," he added.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('the question points at another speaker or at rarer words', () => {
  it('"what did Harland tell Moravec after losing" is not the radio host\'s "losing an audience"', async () => {
    const a = await core.ask('what did Harland tell Moravec after losing');
    expect(a.hits.map((h) => h.speaker?.name)).not.toContain('Tess Harland');
  });

  it('the radio host still answers about losing her audience', async () => {
    const a = await core.ask('what did Harland say about losing an audience');
    expect(a.hits[0]?.speaker?.name).toBe('Tess Harland');
  });

  it('"what did Mara Quint say about lifting sanctions on Borovia" is no quote found, not her pension cap', async () => {
    const a = await core.ask('what did Mara Quint say about lifting sanctions on Borovia');
    expect(a.hits).toEqual([]);
  });

  it('she still answers about lifting the pension cap', async () => {
    const a = await core.ask('what did Mara Quint say about lifting the cap');
    expect(a.hits[0]?.speaker?.name).toBe('Mara Quint');
  });
});
