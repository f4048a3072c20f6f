import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/answers/model.js';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * Two people on record share a surname (Greta and Anton Varkoni), each with a spokesman quoted; a third owner
 * (Lisbet Orrin) is quoted herself and nobody speaks for her. "what did Greta Varkoni's spokesman say" once answered
 * Anton's spokesman (the given name dropped, session 29's h-qa68, found by h-rev30) and before that Greta herself
 * (an owner is not her own spokesman). Session 30, h-qa69. Articles, people and places invented for these tests.
 */
const ARTICLES: Record<string, string> = {
  'greta-port.txt': `Varkoni pledges a new port for Tellby

Greta Varkoni, the governor of Tellby, visited the harbour on Tuesday.

"The new port will be open to every fishing family in the bay," Greta Varkoni said.

"The governor will not sign any deal on the tolls before the audit is done," said Piet Haldane, a spokesman for Greta Varkoni.
`,
  'anton-tolls.txt': `Former governor attacks the toll plan

Anton Varkoni, who governed Tellby before his wife, spoke against the bridge tolls on Wednesday.

"These tolls punish every commuter who crosses the river," Anton Varkoni said.

"Mr Varkoni believes the tolls will empty the market towns," said Ruben Stahl, a spokesman for Anton Varkoni.
`,
  'orrin-mill.txt': `Orrin backs the mill workers

Lisbet Orrin, the mayor of Dunmere, met striking mill workers on Thursday.

"The mill workers deserve a fair wage and a safe floor," Lisbet Orrin said.

"I will stand with them until the owners come back to the table," Orrin said of the strike at the mill.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

const speakers = (a: Answer) => a.hits.map((h) => h.speaker?.name);

describe("a role phrase whose owner shares a surname with another person on record", () => {
  it("answers the named owner's spokesman, not the other Varkoni's", async () => {
    const a = await core.ask("what did Greta Varkoni's spokesman say about the tolls");
    expect(a.hits[0]?.speaker?.name).toBe('Piet Haldane');
    expect(speakers(a)).not.toContain('Ruben Stahl');
    const b = await core.ask("what did Anton Varkoni's spokesman say about the tolls");
    expect(b.hits[0]?.speaker?.name).toBe('Ruben Stahl');
    expect(speakers(b)).not.toContain('Piet Haldane');
  });

  it('answers the "SURNAME\'s ROLE on T" form by the given name too', async () => {
    const a = await core.ask("Greta Varkoni's spokesman on the tolls");
    expect(a.hits[0]?.speaker?.name).toBe('Piet Haldane');
    const b = await core.ask("Anton Varkoni's spokesman on the tolls");
    expect(b.hits[0]?.speaker?.name).toBe('Ruben Stahl');
  });

  it('the surname alone still finds a Varkoni spokesman', async () => {
    const a = await core.ask("Varkoni's spokesman on the tolls");
    expect(['Piet Haldane', 'Ruben Stahl']).toContain(a.hits[0]?.speaker?.name);
  });
});

describe('an owner is never the answer to "OWNER\'s ROLE"', () => {
  it("never answers the owner herself, nor the other same-surname owner's spokesman", async () => {
    const a = await core.ask("what did Greta Varkoni's spokesman say about the new port");
    expect(speakers(a)).not.toContain('Greta Varkoni');
    expect(speakers(a)).not.toContain('Ruben Stahl');
  });

  it('says honestly that no quote from the owner\'s spokesman is on record when only she is quoted', async () => {
    const a = await core.ask("what did Lisbet Orrin's spokesman say about the mill workers");
    expect(speakers(a)).not.toContain('Lisbet Orrin');
    expect(a.status).not.toBe('found');
    const b = await core.ask("Orrin's spokesman on the mill workers");
    expect(speakers(b)).not.toContain('Lisbet Orrin');
    expect(b.status).not.toBe('found');
    // (Not met by answering nothing: the owner's own words are found when she is asked for.)
    const own = await core.ask('what did Lisbet Orrin say about the mill workers');
    expect(own.hits[0]?.speaker?.name).toBe('Lisbet Orrin');
  });

  it('says so when only the other same-surname owner\'s spokesman is on record on the topic', async () => {
    const a = await core.ask("what did Greta Varkoni's spokesman say about the market towns");
    expect(speakers(a)).not.toContain('Ruben Stahl');
    expect(speakers(a)).not.toContain('Greta Varkoni');
    expect(a.status).not.toBe('found');
  });
});

/**
 * The same people as most articles write their spokesmen: "Varkoni spokesman Piet Haldane", the role stating the
 * surname alone. The given name then tells the two apart only by the article around the quote.
 */
const SURNAME_ROLES: Record<string, string> = {
  'greta-port.txt': `Varkoni pledges a new port for Tellby

Greta Varkoni, the governor of Tellby, visited the harbour on Tuesday.

"The new port will be open to every fishing family in the bay," Greta Varkoni said.

"The governor will not sign any deal on the tolls before the audit is done," Varkoni spokesman Piet Haldane said.
`,
  'anton-tolls.txt': `Former governor attacks the toll plan

Anton Varkoni, who governed Tellby before his wife, spoke against the bridge tolls on Wednesday.

"These tolls punish every commuter who crosses the river," Anton Varkoni said.

"Mr Varkoni believes the tolls will empty the market towns," Varkoni spokesman Ruben Stahl said.
`,
  'campaign.txt': `Varkoni campaign raises record sums

The Varkoni campaign raised more than any rival in the last quarter.

"This small-donor campaign is transforming the politics of the whole bay," said Ilse Brandt, Varkoni campaign manager.
`,
};

describe('same-surname owners whose spokesmen\'s roles state the surname alone', () => {
  let byRole: OnRecord;
  beforeAll(async () => {
    byRole = await coreOf(SURNAME_ROLES);
  }, 60_000);
  afterAll(() => byRole.close());

  it("answers the spokesman of the owner the article around the quote names", async () => {
    const a = await byRole.ask("what did Greta Varkoni's spokesman say about the tolls");
    expect(speakers(a)).toEqual(['Piet Haldane']);
    const b = await byRole.ask("Anton Varkoni's spokesman on the tolls");
    expect(speakers(b)).toEqual(['Ruben Stahl']);
  });

  it('answers a holder whose surroundings name neither namesake (the given name is no qualifier owed)', async () => {
    const a = await byRole.ask("what did Greta Varkoni's campaign manager say about transforming politics");
    expect(a.hits[0]?.speaker?.name).toBe('Ilse Brandt');
  });

  it('never answers the owner herself (once "Greta Varkoni" + "spokesman" read as the body she speaks for)', async () => {
    const a = await byRole.ask("what did Greta Varkoni's spokesman say about the new port");
    expect(speakers(a)).not.toContain('Greta Varkoni');
    expect(a.status).toBe('not_found');
    expect(a.note).toBe('No quote from Greta Varkoni\'s spokesman about "new port" is on record.');
  });

  it("says no quote from the owner's spokesman is on record when only the namesake's is", async () => {
    const a = await byRole.ask("what did Greta Varkoni's spokesman say about the market towns");
    expect(speakers(a)).toEqual([]);
    expect(a.note).toBe('No quote from Greta Varkoni\'s spokesman about "market towns" is on record.');
  });
});
