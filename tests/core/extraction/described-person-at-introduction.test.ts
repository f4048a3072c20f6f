import { describe, expect, it } from 'vitest';
import { extract, quoteStarting, speakerOfQuoteStarting } from './helpers.js';

// Session 37 (h-qa93). Every text is written for these tests; names, shows and bodies are invented. A person noun the
// role lexicon does not hold ("host", "champion", "anchor") written right before a name was kept as the role only
// where the name stood at the quote's cue ("Radio host Dermot Prake said ..."); where the article introduced the
// person so in a sentence of its own and quoted them later by surname, the quotes carried no role. The introduction
// now states it for the person, as "spokesman John Kirby" always did.
const roleOf = (text: string, words: string): string | null | undefined => {
  const q = quoteStarting(extract(text), words);
  return q ? (q.speaker?.role ?? null) : undefined;
};
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

describe('a person noun before a name, away from the quote, is the person\'s role', () => {
  it('"Syndicated radio host Dermot Prake disagrees. ... Prake writes."', () => {
    const t = 'Syndicated radio host Dermot Prake disagrees with them.\n\n"The choice this autumn is a hard one," Prake writes.';
    expect(speakerOf(t, 'The choice this autumn')).toBe('Dermot Prake');
    expect(roleOf(t, 'The choice this autumn')).toBe('Syndicated radio host');
  });

  it('a capitalised body or event before the noun: "Wimbledon champion Marta Sharpova"', () => {
    const t = 'Vera Kuzova lost in straight sets, while Wimbledon champion Marta Sharpova won easily.\n\n"I love playing here," Sharpova said.';
    expect(speakerOf(t, 'I love playing here')).toBe('Marta Sharpova');
    expect(roleOf(t, 'I love playing here')).toBe('Wimbledon champion');
  });

  it('a show named in quotation marks keeps the noun: "\'Late Desk\' anchor Trevel Nooa"', () => {
    const t = '"Late Desk" anchor Trevel Nooa showed the clip on Thursday.\n\n"It is like a lawyer with a hopeless client," Nooa said.';
    expect(roleOf(t, 'It is like a lawyer')).toBe('anchor');
  });

  it('the noun must stand right before the name: a noun earlier in the sentence is not read', () => {
    const t = 'The host city welcomed Dermot Prake on Monday.\n\n"The choice this autumn is a hard one," Prake said.';
    expect(roleOf(t, 'The choice this autumn')).toBeNull();
  });

  it('a role word of the lexicon is read as before: "Radio presenter Dermot Prake ... Prake said"', () => {
    const t = 'Radio presenter Dermot Prake disagrees with them.\n\n"The choice this autumn is a hard one," Prake said.';
    expect(roleOf(t, 'The choice this autumn')).toBe('Radio presenter');
  });

  it('a number cut by its thousands comma is no start: "Olympic 10,000m champion Kenji Obara"', () => {
    const t = 'Olympic 10,000m champion Kenji Obara is determined to run indoors.\n\n"I want to test myself," Obara said.';
    expect(roleOf(t, 'I want to test myself')).toBe('champion');
  });

  it('an office the article states wins over the description: "radio host Dermot Prake, the Velmora party chairman,"', () => {
    const t = 'Radio host Dermot Prake disagrees.\n\nDermot Prake, the Velmora party chairman, spoke on Monday. "The choice is hard," Prake said.';
    expect(roleOf(t, 'The choice is hard')).toBe('Velmora party chairman');
  });

  it('the description does not count as a stated office: "The star of Harbour Lights said" still binds to the person just named', () => {
    const t = 'Hollywood legend Dustan Holloway has hit out at current films.\n\nThe star of Harbour Lights said the film culture was "in a poor state" at a press conference.';
    expect(speakerOf(t, 'the film culture')).toBe('Dustan Holloway');
    expect(roleOf(t, 'the film culture')).toBe('Hollywood legend');
  });
});
