import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

/*
 * Session 28 (h-attr62): an office kept in the speaker's name. "Senate Minority Whip Harold Benning" was one
 * organisation's name ("whip" was no role noun and "Senate" a body word); "Tory whip Gus Hallam" gave the quote to
 * "Tory"; "House Republican Thomas Massie" was a body too. The office goes to the role, the person is the speaker.
 */
describe('an office before a name goes to the role', () => {
  it('"Senate Minority Whip NAME": the whip is a role, the name the speaker', () => {
    const qs = extract(`Vote looms in Carvale

"It is over," said Senate Minority Whip Harold Benning in an interview.`);
    const q = quoteWith(qs, 'It is over');
    expect(q?.speaker?.name).toBe('Harold Benning');
    expect(q?.speaker?.isOrganisation).toBeFalsy();
    expect(q?.speaker?.role).toMatch(/Whip/);
  });

  it('"Tory whip NAME", "Chief Whip NAME": never the party, never "Whip NAME"', () => {
    const qs = extract(`Vote looms in Carvale

"Maybe," said Tory whip Gus Hallam.

"No deal," said Chief Whip Anna Dorrit.`);
    expect(quoteWith(qs, 'Maybe')?.speaker?.name).toBe('Gus Hallam');
    expect(quoteWith(qs, 'No deal')?.speaker?.name).toBe('Anna Dorrit');
  });

  it('"House Republican NAME", "Senate Intelligence Ranking Democrat NAME": the member of a chamber is a person', () => {
    const qs = extract(`Vote looms in Carvale

House Republican Ellis Marrow said the harbour bill was dead in the water.

Senate Intelligence Ranking Democrat Mona Fairleigh said the leak of the memo was serious.`);
    const a = quoteWith(qs, 'harbour bill was dead');
    expect(a?.speaker?.name).toBe('Ellis Marrow');
    expect(a?.speaker?.isOrganisation).toBeFalsy();
    const b = quoteWith(qs, 'leak of the memo');
    expect(b?.speaker?.name).toBe('Mona Fairleigh');
    expect(b?.speaker?.isOrganisation).toBeFalsy();
  });

  it('bodies named after a party stay bodies', () => {
    const qs = extract(`Vote looms in Carvale

The Senate Democrat Caucus said the harbour bill was dead in the water.

"We will fight on," the Republican National Committee said in a statement.`);
    const a = quoteWith(qs, 'harbour bill was dead');
    expect(a?.speaker?.name ?? null).not.toMatch(/^(?:Caucus|Democrat Caucus)$/);
    expect(quoteWith(qs, 'We will fight on')?.speaker?.name).toBe('Republican National Committee');
  });
});
