import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../../src/core/index.js';
import { coreOf } from './texts.js';

/**
 * "what did Tomas Varga's campaign manager say ...": the office's owner typed by full name. The articles write the
 * office with the surname alone ("Varga campaign manager"), so the given name was an asked qualifier no role states,
 * owed by the surroundings of every answer: the manager's own words on the topic were refused for not saying "Tomas"
 * (session 29, h-qa68). The given name of a person on record before the possessive is now dropped from the role
 * phrase; the owner must still be stated by the holder's role. Articles written for this test.
 */
const ARTICLES: Record<string, string> = {
  'varga-rally.txt': `Varga draws a crowd in Oskvik

Tomas Varga spoke to three thousand supporters in Oskvik on Saturday.

"We will rebuild the harbour and we will do it without a single loan," Varga said.
`,
  'varga-money.txt': `Varga campaign raises record sums

The Varga campaign raised more than any rival in the last quarter.

"This small-donor campaign is transforming the politics of the whole valley," Petra Lind, Varga campaign manager, said in a statement.
`,
  'moss-money.txt': `Moss campaign trails in fundraising

Helga Moss has raised less than her rivals this quarter.

"Our donors are loyal and the money will come when the debates start," said Jon Ek, Moss campaign manager.

"Tomas Varga has the money, but Tomas has never won a debate," Ek said.
`,
};

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
}, 60_000);
afterAll(() => core.close());

describe("a role phrase whose owner is typed by full name (\"Tomas Varga's campaign manager\")", () => {
  it('answers with the holder whose role states the owner, the given name not owed around the quote', async () => {
    const a = await core.ask("what did Tomas Varga's campaign manager say about transforming politics");
    expect(a.hits[0]?.speaker?.name).toBe('Petra Lind');
  });

  it('answers as the surname alone does', async () => {
    const a = await core.ask("what did Varga's campaign manager say about transforming politics");
    expect(a.hits[0]?.speaker?.name).toBe('Petra Lind');
  });

  it("never answers with another owner's campaign manager", async () => {
    const a = await core.ask("what did Helga Moss's campaign manager say about transforming politics");
    expect(a.hits.some((h) => h.speaker?.name === 'Petra Lind')).toBe(false);
    // (Not met by answering nothing: the same full-name form finds Moss's own manager on his topic.)
    const own = await core.ask("what did Helga Moss's campaign manager say about donors");
    expect(own.hits[0]?.speaker?.name).toBe('Jon Ek');
  });
});
