import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnRecord } from '../../src/core/index.js';
import { coreOf } from '../core/answers/texts.js';

/*
 * Issue 14's first honesty rule as a property: an answer to a question that names a person is that person's quote
 * or "no quote found", whatever the topic and however the question is phrased; and a name the index knows only as
 * mentioned or addressed never becomes a topic word that finds somebody else's quote. The articles are written for
 * this test: each speaker's quotes name the other speakers and the people they only talk about, so a topic search
 * that dropped the speaker would find the wrong person's words.
 */
const ARTICLES: Record<string, string> = {
  'harbour.txt': `Harbour fees to rise

Harbour master Ines Varga said the fees would rise in spring.

"Tomas Brekke wants the ferries to pay less, but the harbour fees must rise to pay for the new crane," Varga said.

Varga wrote to the transport secretary, Peter Halden, about the crane.
`,
  'ferries.txt': `Ferry line warns of cuts

Ferry operator Tomas Brekke said the winter timetable would lose two sailings.

"Ines Varga knows the harbour fees will cut the winter sailings to the islands," Brekke said.

Brekke is due to meet Peter Halden next week.
`,
  'crane.txt': `Port authority defends crane

The Westport Port Authority said the new crane would double the quay's capacity.

"The crane is the only way to keep the ferries and the cargo ships in Westport," the Westport Port Authority said in a statement.

The authority urged Peter Halden to approve the harbour budget.
`,
};

const SPEAKERS = { Varga: 'Ines Varga', Brekke: 'Tomas Brekke' } as const;
/** Named in the articles, quoted nowhere: the addressee of two letters and a meeting. */
const MENTIONED = ['Halden', 'Peter Halden'];
const TOPICS = ['harbour fees', 'the crane', 'winter sailings', 'ferries', 'the islands', 'cargo ships', 'Westport', 'Brekke', 'Varga', 'spring', 'the quay'];
const SPEAKER_FORMS = ['what did {X} say about {T}', '{X} on {T}', '{X} {T}', 'quotes from {X} about {T}', "{X}'s comments on {T}", 'what has {X} said on {T}'];
const MENTIONED_FORMS = ['what did {X} say about {T}', '{X} on {T}', 'quotes from {X} about {T}', "{X}'s comments on {T}"];

const fill = (form: string, x: string, t: string): string => form.replace('{X}', x).replace('{T}', t);

let core: OnRecord;
beforeAll(async () => {
  core = await coreOf(ARTICLES);
});
afterAll(() => core.close());

describe('honesty as a property of the answerer', () => {
  it('a question naming a speaker answers only with that speaker\'s quotes, or "no quote found"', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(SPEAKERS)), fc.boolean(), fc.constantFrom(...SPEAKER_FORMS), fc.constantFrom(...TOPICS), async (surname, full, form, topic) => {
        const name = SPEAKERS[surname as keyof typeof SPEAKERS];
        const q = fill(form, full ? name : surname, topic);
        const a = await core.ask(q);
        for (const h of a.hits) expect(h.speaker?.name, q).toBe(name);
      }),
      { numRuns: 150 },
    );
  });

  it('a name only mentioned or addressed is "no quote found", never a topic word that finds another speaker', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MENTIONED), fc.constantFrom(...MENTIONED_FORMS), fc.constantFrom(...TOPICS), async (name, form, topic) => {
        const q = fill(form, name, topic);
        const a = await core.ask(q);
        expect(a.hits, q).toEqual([]);
        expect(a.status, q).toBe('not_found');
      }),
      { numRuns: 80 },
    );
  });

  it('the same topics do find the speakers\' quotes when nobody is named (so the two tests above are not vacuous)', async () => {
    expect((await core.ask('what did Varga say about the crane')).hits[0]?.speaker?.name).toBe('Ines Varga');
    expect((await core.ask('Brekke on winter sailings')).hits[0]?.speaker?.name).toBe('Tomas Brekke');
    const open = await core.ask('quotes about the crane');
    expect(open.hits.length).toBeGreaterThan(0);
  });
});

// Found by this property in session 18 (with "Olav" for "Peter"): a bare surname whose given name the lexicon does
// not know is not recognised as a mentioned person (`isMentionedPerson` wants a courtesy title or a known given name
// before it), so "Halden on ferries" read "Halden" as a topic word and answered with the quotes beside the paragraphs
// that mention him. Flip `it.fails` to `it` when fixed.
describe('known hole: a mentioned person whose given name the lexicon does not know', () => {
  let other: OnRecord;
  beforeAll(async () => {
    other = await coreOf(Object.fromEntries(Object.entries(ARTICLES).map(([k, v]) => [k, v.replaceAll('Peter Halden', 'Olav Halden')])));
  });
  afterAll(() => other.close());

  it('is still no topic word: "Halden on ferries" is "no quote found"', async () => {
    for (const q of ['Halden on ferries', "Halden's comments on winter sailings"]) expect((await other.ask(q)).hits, q).toEqual([]);
  });
});
