import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrate, confidenceFeatures, confidenceOf, isNameShaped, type QuoteEvidence } from '../../../src/core/extraction/confidence.js';
import { isTitleCase, pronounMargin } from '../../../src/core/extraction/evidence.js';
import type { Person } from '../../../src/core/extraction/person.js';
import { pronounScore } from '../../../src/core/extraction/pronouns.js';
import { extractWithEvidence } from '../../../src/core/extraction/index.js';
import { splitParagraphs } from '../../../src/core/articles/paragraphs.js';
import { cueVerbClass } from '../../../src/core/extraction/lexicon/index.js';
import { extract, quoteWith } from './helpers.js';

/** A direct quote with its cue right after it and a full name: the surest attribution the reader makes. */
const sure: QuoteEvidence = {
  how: 'cue-after',
  kind: 'direct',
  cueVia: 'before',
  mention: 'name',
  mentionWords: 2,
  cueGap: 1,
  mentionDistance: 3,
  rivals: 0,
  quoteWords: 15,
  splitHalf: false,
  partial: false,
  speaker: 'person',
  speakerNameWords: 2,
  nameShaped: true,
  speakerNamed: 2,
  speakerQuotes: 3,
  articleQuotes: 6,
};

const evidence = fc.record({
  how: fc.constantFrom('cue-after', 'cue-before', 'colon', 'prev-quote', 'next-quote', 'continuation', 'signature', 'none', 'clause'),
  kind: fc.constantFrom('direct', 'indirect'),
  cueVia: fc.constantFrom('before', 'after', 'shared', 'according', undefined),
  mention: fc.constantFrom('name', 'org', 'pronoun', 'description', undefined),
  mentionWords: fc.nat(8),
  cueGap: fc.integer({ min: -1, max: 500 }),
  mentionDistance: fc.nat(100_000),
  rivals: fc.nat(50),
  quoteWords: fc.nat(1000),
  splitHalf: fc.boolean(),
  partial: fc.boolean(),
  speaker: fc.constantFrom('none', 'anonymous', 'group', 'org', 'person'),
  speakerNameWords: fc.nat(8),
  nameShaped: fc.boolean(),
  speakerNamed: fc.nat(100),
  speakerQuotes: fc.nat(100),
  articleQuotes: fc.nat(100),
  strongOthers: fc.nat(50),
  cueMentionDistance: fc.integer({ min: -1, max: 100_000 }),
  rivalsNearMention: fc.nat(50),
  mixed: fc.boolean(),
  namedBefore: fc.boolean(),
  pronounChoices: fc.nat(20),
  paragraphSpeakers: fc.nat(20),
}) as fc.Arbitrary<QuoteEvidence>;

describe('confidence model', () => {
  it('gives a probability in [0, 1] for any evidence', () => {
    fc.assert(fc.property(evidence, (e) => {
      const p = confidenceOf(e);
      return Number.isFinite(p) && p >= 0 && p <= 1;
    }));
  });

  it('never grows with a farther cue, a farther speaker mention, a name farther from its cue or more people nearby', () => {
    fc.assert(fc.property(evidence, fc.nat(200), fc.nat(5000), fc.nat(10), (e, dGap, dDist, dRivals) => {
      const base = confidenceOf(e);
      const gap = e.cueGap < 0 ? e : { ...e, cueGap: e.cueGap + dGap };
      return confidenceOf(gap) <= base + 1e-12 &&
        confidenceOf({ ...e, mentionDistance: e.mentionDistance + dDist }) <= base + 1e-12 &&
        confidenceOf({ ...e, rivals: e.rivals + dRivals }) <= base + 1e-12 &&
        confidenceOf({ ...e, rivalsNearMention: (e.rivalsNearMention ?? 0) + dRivals }) <= base + 1e-12 &&
        ((e.cueMentionDistance ?? -1) < 0 || confidenceOf({ ...e, cueMentionDistance: e.cueMentionDistance! + dDist }) <= base + 1e-12);
    }));
  });

  it('never falls when the speaker has the shape of a name, is quoted more in the article or under a plain cue elsewhere', () => {
    fc.assert(fc.property(evidence, (e) => {
      const more = { ...e, speakerQuotes: e.speakerQuotes + 1, articleQuotes: Math.max(e.articleQuotes, e.speakerQuotes + 1) };
      if (e.speakerQuotes >= e.articleQuotes) return true;
      return confidenceOf({ ...e, nameShaped: true }) >= confidenceOf({ ...e, nameShaped: false }) - 1e-12 &&
        confidenceOf(more) >= confidenceOf(e) - 1e-12 &&
        confidenceOf({ ...e, strongOthers: (e.strongOthers ?? 0) + 1 }) >= confidenceOf(e) - 1e-12;
    }));
  });

  it('is sure of a named speaker right beside the quote and unsure of a quote with no speaker', () => {
    expect(confidenceOf(sure)).toBeGreaterThanOrEqual(0.9);
    expect(confidenceOf({ ...sure, how: 'none', cueVia: undefined, mention: undefined, mentionWords: 0, cueGap: -1, speaker: 'none', speakerNameWords: 0, nameShaped: false, speakerNamed: 0, speakerQuotes: 0 })).toBeLessThan(0.3);
    // Inherited from the paragraph before, through a pronoun, with two other people named nearby.
    const guessed: QuoteEvidence = { ...sure, how: 'continuation', cueVia: undefined, cueGap: -1, mention: 'pronoun', mentionWords: 1, mentionDistance: 400, rivals: 2 };
    expect(confidenceOf(guessed)).toBeLessThan(confidenceOf(sure));
  });

  it('calibrates by linear interpolation, flat beyond the ends of the map', () => {
    const map = { x: [0.2, 0.6, 0.9], y: [0.1, 0.5, 0.95] };
    expect(calibrate(0.1, map)).toBe(0.1);
    expect(calibrate(0.4, map)).toBeCloseTo(0.3, 10);
    expect(calibrate(0.99, map)).toBe(0.95);
    // Each segment its own knots: on a knot its value, in the last segment between the last two.
    expect(calibrate(0.6, map)).toBe(0.5);
    expect(calibrate(0.75, map)).toBeCloseTo(0.725, 10);
    expect(calibrate(0.5, { x: [], y: [] })).toBe(0.5);
    expect(calibrate(0.9, { x: [0.3], y: [0.7] })).toBe(0.7);
  });

  it('knows the shape of a name', () => {
    for (const n of ['John Kirby', 'IMF', 'Ngozi Okonjo-Iweala', 'Charles de Gaulle', 'Bank of England']) expect(isNameShaped(n), n).toBe(true);
    for (const n of ['73 percent', 'for Witney', 'Boudreau gave his players', '000 people surveyed', 'a spokesman']) expect(isNameShaped(n), n).toBe(false);
  });
});

describe('confidence of extracted quotes', () => {
  const text = [
    'Harbour ferries will keep running through the winter, the city council said on Tuesday.',
    '"We will keep the ferries running all winter, whatever the weather does," Councillor Maria Kirby said.',
    'Kirby and her deputy, Tom Ellis, met the operators and the union. Residents of the islands welcomed the news.',
    '"The crossings are a lifeline for everyone who lives out there and works on the mainland."',
  ].join('\n\n');

  it('sets a probability on every quote, higher for the cue beside the quote than for a continued paragraph', () => {
    const quotes = extract(text);
    for (const q of quotes) expect(q.confidence >= 0 && q.confidence <= 1).toBe(true);
    const direct = quoteWith(quotes, 'keep the ferries running');
    expect(direct?.speaker?.name).toBe('Maria Kirby');
    expect(direct!.confidence).toBeGreaterThanOrEqual(0.9);
    const lifeline = quoteWith(quotes, 'lifeline');
    if (lifeline) expect(lifeline.confidence).toBeLessThan(direct!.confidence);
  });

  it('reports the evidence behind each quote to an observer (for the fitting script) without changing the quotes', () => {
    const seen: { how: string; confidence: number }[] = [];
    const quotes = extractWithEvidence(text, splitParagraphs(text), {}, (q, e) => seen.push({ how: e.how, confidence: q.confidence }));
    expect(seen.map((s) => s.confidence)).toEqual(quotes.map((q) => q.confidence));
    expect(seen[quotes.findIndex((q) => q.text.includes('keep the ferries running'))]?.how).toBe('cue-after');
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(quotes));
  });
});

/** The evidence the extractor records for each quote of `text`, looked up by some of the quote's words. */
function evidenceIn(text: string): (words: string) => QuoteEvidence {
  const seen: { text: string; e: QuoteEvidence }[] = [];
  extractWithEvidence(text, splitParagraphs(text), {}, (q, e) => seen.push({ text: q.text, e }));
  return (words) => {
    const hit = seen.find((s) => s.text.includes(words));
    if (!hit) throw new Error(`no quote with "${words}" among ${JSON.stringify(seen.map((s) => s.text))}`);
    return hit.e;
  };
}

describe('evidence read from the article (candidate features of the fitting script)', () => {
  const text = [
    'The harbour board met on Monday to settle the winter timetable.',
    '"We will keep the ferries running all winter," Councillor Maria Kirby said.',
    'Kirby and her deputy, Tom Ellis, met the operators. "The crossings are a lifeline for the islands," she said.',
    'Ellis said the timetable was "fixed for the whole season" and would not change before spring.',
    '"Nobody on the islands will be left without a boat," Kirby said.',
    'Harbour master Ann Lowe said Tom Ellis had drawn up "a fine plan for everyone on the islands and their families".',
  ].join('\n\n');
  const of = evidenceIn(text);

  it('counts the other quotes of the speaker whose own cue names it', () => {
    // Kirby has two quotes with "X said" beside them: each sees the other; the pronoun quote sees both.
    expect(of('keep the ferries').strongOthers).toBe(1);
    expect(of('Nobody on the islands').strongOthers).toBe(1);
    expect(of('lifeline').mention).toBe('pronoun');
    expect(of('lifeline').strongOthers).toBe(2);
  });

  it('measures the cue verb to the name, and finds nothing to measure without a cue of its own', () => {
    // "Councillor Maria Kirby said": the name's first letter is 20 characters before "said".
    expect(of('keep the ferries').cueMentionDistance).toBe(text.indexOf('said.', text.indexOf('Maria Kirby')) - text.indexOf('Maria Kirby'));
    expect(of('timetable was').cueMentionDistance).toBe('Ellis '.length);
  });

  it('tells reported speech holding quoted words (mixed) from plain reported speech and direct quotes', () => {
    const indirect = of('timetable was');
    expect(indirect.kind).toBe('indirect');
    expect(indirect.mixed).toBe(true);
    expect(of('keep the ferries').mixed).toBe(false);
  });

  it('counts the people named near the speaker mention, the pronoun choices and the other speakers of a paragraph', () => {
    // "she" is read in a sentence that names Kirby and Tom Ellis: one other person near the mention.
    expect(of('lifeline').rivalsNearMention).toBeGreaterThanOrEqual(1);
    expect(of('lifeline').pronounChoices).toBeGreaterThanOrEqual(1);
    expect(of('keep the ferries').pronounChoices).toBe(0);
    expect(of('keep the ferries').paragraphSpeakers).toBe(0);
  });

  it('counts the people named between the speaker and the quote', () => {
    expect(of('a fine plan').rivalsBetween).toBe(1);
    expect(of('keep the ferries').rivalsBetween).toBe(0);
  });

  it('knows whether the full name came before the mention that gave the speaker', () => {
    expect(of('keep the ferries').namedBefore).toBe(true);
    expect(of('Nobody on the islands').namedBefore).toBe(true);
  });

  it('reads a short quote whose longer words are capitalised as a title, and speech as speech', () => {
    for (const t of ['Face the Nation,', 'Collapse: How Societies Choose to Fail or Succeed,', 'Destiny and Power', 'Eye of the Tiger.']) expect(isTitleCase(t), t).toBe(true);
    for (const t of ['I would,', 'We will keep the ferries running all winter,', 'Thank you', 'Mr', 'a total stiff.', 'Nobody Will Be Left Out Of The Plan Whatever The Minister Says About The Timetable For Next Year']) expect(isTitleCase(t), t).toBe(false);
    expect(of('keep the ferries').titleCase).toBe(false);
  });
});

describe('evidence of session 13: the cue verb, the same speaker at a cue nearby, the full name near the quote', () => {
  const filler = 'The islands have four thousand residents, most of whom cross to the mainland for work, school or the hospital at least once a week.';
  const text = [
    'The ferry company published its winter plans on Friday.',
    '"The boats will sail every hour from the first of December," Captain Rhys Morgan said.',
    '"We have fixed the timetable that confused everyone last year," he wrote in a letter to passengers.',
    filler, filler, filler, filler,
    'The harbour office, which sells the tickets, will open an hour earlier from next week.',
    '"Nobody should ever miss the last boat home again," the captain wrote.',
    'Union organiser Ann Lowe called the plan "a fair deal for every crew on the water".',
  ].join('\n\n');
  const of = evidenceIn(text);

  it('classes the cue verb: saying, writing, naming or characterising, another verb of speech', () => {
    for (const v of ['said', 'Says', 'told', 'added', 'according to']) expect(cueVerbClass(v), v).toBe('say');
    for (const v of ['wrote', 'tweeted', 'posted', 'reported']) expect(cueVerbClass(v), v).toBe('write');
    for (const v of ['called', 'described', 'dubbed', 'labelled']) expect(cueVerbClass(v), v).toBe('naming');
    for (const v of ['warned', 'argued', 'asked', 'frobnicated']) expect(cueVerbClass(v), v).toBe('other');
    expect(of('sail every hour').cueVerb).toBe('say');
    expect(of('fixed the timetable').cueVerb).toBe('write');
    expect(of('a fair deal').cueVerb).toBe('naming');
  });

  it('counts the quotes of the same speaker named at their own cue in the paragraph or the next one either side', () => {
    // The pronoun quote has Morgan's "Captain Rhys Morgan said" in the paragraph before; that quote has no other.
    expect(of('fixed the timetable').strongNear).toBe(1);
    expect(of('sail every hour').strongNear).toBe(0);
  });

  it('knows whether the full name is written near the quote', () => {
    expect(of('fixed the timetable').namedNear).toBe(true);
    expect(of('a fair deal').namedNear).toBe(true);
    // Four paragraphs of other matters later, "the captain" is still Morgan, whose name is far behind.
    expect(of('last boat home').speaker).toBe('person');
    expect(of('last boat home').namedNear).toBe(false);
  });
});

describe('a pronoun read as one of several people (session 16: the pronoun model\'s lead)', () => {
  const person = (name: string) => ({ name }) as unknown as Person;
  const [ana, ben, cy] = [person('Ana Ruiz'), person('Ben Okoro'), person('Cy Hart')];
  const likely = { salient: 1, salient_first: 1, last_turn_speaker: 1, mention_first: 1 };
  const unlikely = { mention_rank: Math.log1p(3), distance: Math.log1p(6) };

  it('is the chosen candidate\'s score less the best other candidate\'s, and nothing with one candidate or none chosen', () => {
    const candidates = [{ person: ana, x: likely }, { person: ben, x: unlikely }, { person: cy, x: { ...unlikely, named_near: 1 } }];
    const lead = pronounScore(likely) - Math.max(pronounScore(unlikely), pronounScore({ ...unlikely, named_near: 1 }));
    expect(pronounMargin(candidates, ana)).toBeCloseTo(lead, 10);
    expect(lead).toBeGreaterThan(0);
    // A rule chose the one the model ranked lower: the lead is negative.
    expect(pronounMargin(candidates, ben)).toBeLessThan(0);
    expect(pronounMargin([{ person: ana, x: likely }], ana)).toBeUndefined();
    expect(pronounMargin(candidates, person('Dee Noon'))).toBeUndefined();
    expect(pronounMargin(undefined, ana)).toBeUndefined();
  });

  it('is recorded for a "he said" read among two men of the sentence before, not for a named speaker', () => {
    const text = [
      'Port manager Mark Hale met the shipping agent Tom Ellis on Monday to settle the winter fees.',
      '"We agreed on a fair price for the crossings," he said.',
      '"The fees will not rise before spring," harbour master Ann Lowe said.',
    ].join('\n\n');
    const of = evidenceIn(text);
    expect(of('fair price').mention).toBe('pronoun');
    expect(of('fair price').pronounMargin).toEqual(expect.any(Number));
    expect(of('will not rise').pronounMargin).toBeUndefined();
  });

  it('costs a pronoun read confidence when the lead is small, and nothing when the speaker is named', () => {
    const pronoun: QuoteEvidence = { ...sure, mention: 'pronoun', mentionWords: 1, pronounChoices: 2 };
    expect(confidenceOf({ ...pronoun, pronounMargin: 0.5 })).toBeLessThan(confidenceOf({ ...pronoun, pronounMargin: 4 }));
    expect(confidenceOf({ ...sure, pronounMargin: 0.5 })).toBe(confidenceOf(sure));
  });
});

describe('a pronoun read with its person\'s full name in view (session 18)', () => {
  const pronoun: QuoteEvidence = { ...sure, mention: 'pronoun', mentionWords: 1, pronounChoices: 2, pronounMargin: 3 };

  it('is a feature of pronoun reads only', () => {
    expect(confidenceFeatures({ ...pronoun, namedNear: true }).pronoun_named_near).toBe(1);
    expect(confidenceFeatures({ ...pronoun, namedNear: false }).pronoun_named_near).toBe(0);
    expect(confidenceFeatures({ ...sure, namedNear: true }).pronoun_named_near).toBe(0);
  });

  it('trusts a "he said" more when the person\'s full name is written near the quote', () => {
    expect(confidenceOf({ ...pronoun, namedNear: true })).toBeGreaterThan(confidenceOf({ ...pronoun, namedNear: false }));
  });
});

describe('a pronoun read as a person last mentioned far back (session 19, a candidate feature)', () => {
  const pronoun: QuoteEvidence = { ...sure, mention: 'pronoun', mentionWords: 1, pronounChoices: 2, pronounMargin: 3 };
  const far = Math.log1p(3);
  const close = Math.log1p(0.5);

  it('fires for a pronoun read 250 characters or more from its person, its full name not near the quote', () => {
    expect(confidenceFeatures({ ...pronoun, pronounDistance: far, namedNear: false }).pronoun_far_unnamed).toBe(1);
    expect(confidenceFeatures({ ...pronoun, pronounDistance: close, namedNear: false }).pronoun_far_unnamed).toBe(0);
    expect(confidenceFeatures({ ...pronoun, pronounDistance: far, namedNear: true }).pronoun_far_unnamed).toBe(0);
    expect(confidenceFeatures({ ...sure, pronounDistance: far, namedNear: false }).pronoun_far_unnamed).toBe(0);
  });

  it('fires "pronoun far" whether or not the full name is near, and gives the distance of pronoun reads only (session 20)', () => {
    expect(confidenceFeatures({ ...pronoun, pronounDistance: far, namedNear: true }).pronoun_far).toBe(1);
    expect(confidenceFeatures({ ...pronoun, pronounDistance: far, namedNear: false }).pronoun_far).toBe(1);
    expect(confidenceFeatures({ ...pronoun, pronounDistance: close, namedNear: false }).pronoun_far).toBe(0);
    expect(confidenceFeatures({ ...sure, pronounDistance: far }).pronoun_far).toBe(0);
    expect(confidenceFeatures({ ...pronoun, pronounDistance: far }).pronoun_distance).toBeCloseTo(far);
    expect(confidenceFeatures({ ...sure, pronounDistance: far }).pronoun_distance).toBe(0);
    expect(confidenceFeatures({ ...pronoun, pronounDistance: undefined }).pronoun_distance).toBe(0);
  });

  it('records how far back the chosen person was last mentioned, and nothing for a named speaker', () => {
    const filler = 'The ferry timetable for the islands has changed twice this year, with the late boat moved to seven and the early one cancelled on Sundays, while the fares for cars and bicycles stayed where they were after a long winter of complaints from the farmers who ship their sheep.';
    const text = [
      `Port manager Mark Hale spoke on Monday. ${filler} ${filler}`,
      '"We agreed on a fair price for the crossings," he said.',
      '"The fees will not rise before spring," harbour master Ann Lowe said.',
    ].join('\n\n');
    const seen: { text: string; e: QuoteEvidence }[] = [];
    extractWithEvidence(text, splitParagraphs(text), {}, (q, e) => seen.push({ text: q.text, e }));
    const of = (words: string) => seen.find((s) => s.text.includes(words))!.e;
    expect(of('fair price').mention).toBe('pronoun');
    expect(of('fair price').pronounDistance).toBeGreaterThanOrEqual(Math.log1p(2.5));
    expect(of('will not rise').pronounDistance).toBeUndefined();
  });

  it('fires "pronoun very far" from 400 characters and "pronoun gender unknown" for a person not known to have the pronoun\'s gender (session 21)', () => {
    expect(confidenceFeatures({ ...pronoun, pronounDistance: Math.log1p(4.2) }).pronoun_very_far).toBe(1);
    expect(confidenceFeatures({ ...pronoun, pronounDistance: far }).pronoun_very_far).toBe(0);
    expect(confidenceFeatures({ ...sure, pronounDistance: Math.log1p(4.2) }).pronoun_very_far).toBe(0);
    expect(confidenceFeatures({ ...pronoun, pronounGenderMatch: false }).pronoun_gender_unknown).toBe(1);
    expect(confidenceFeatures({ ...pronoun, pronounGenderMatch: true }).pronoun_gender_unknown).toBe(0);
    expect(confidenceFeatures({ ...pronoun, pronounGenderMatch: undefined }).pronoun_gender_unknown).toBe(0);
    expect(confidenceFeatures({ ...sure, pronounGenderMatch: false }).pronoun_gender_unknown).toBe(0);
  });

  it("records whether a pronoun's person is known to have its gender, and nothing for a named speaker", () => {
    const text = [
      'Councillor Jane Pike opened the new library on Friday.',
      '"Every child in the valley deserves a quiet place to read," she said.',
      'Engineer Tomasz Wren inspected the bridge on Monday.',
      '"The cables are sound for another decade," she said.',
      '"The bridge stays open," the county said.',
    ].join('\n\n');
    const seen: { text: string; e: QuoteEvidence }[] = [];
    extractWithEvidence(text, splitParagraphs(text), {}, (q, e) => seen.push({ text: q.text, e }));
    const of = (words: string) => seen.find((s) => s.text.includes(words))!.e;
    expect(of('quiet place').mention).toBe('pronoun');
    expect(of('quiet place').pronounGenderMatch).toBe(true);
    expect(of('cables are sound').mention).toBe('pronoun');
    expect(of('cables are sound').pronounGenderMatch).toBe(false);
    expect(of('stays open').pronounGenderMatch).toBeUndefined();
  });
});

describe('a crowded paragraph (session 23 candidate)', () => {
  it('fires with another speaker quoted in the paragraph and three or more people or bodies named near the quote', () => {
    expect(confidenceFeatures({ ...sure, paragraphSpeakers: 1, rivals: 3 }).crowded_paragraph).toBe(1);
    expect(confidenceFeatures({ ...sure, paragraphSpeakers: 1, rivals: 2 }).crowded_paragraph).toBe(0);
    expect(confidenceFeatures({ ...sure, paragraphSpeakers: 0, rivals: 5 }).crowded_paragraph).toBe(0);
    expect(confidenceFeatures({ ...sure, rivals: 5 }).crowded_paragraph).toBe(0);
  });

  it('marks a quote of a paragraph where several people are named and another is quoted, not a quote alone', () => {
    const text = [
      'Mayor Rita Vance met Tom Hale, Ann Pike and the Harbour Trust on Monday. Rita Vance said: "The pier will reopen in June." Tom Hale said: "The money is not there yet."',
      'Engineer Sam Cole inspected the pier later. "The piles are sound," Sam Cole said.',
    ].join('\n\n');
    const seen: { text: string; e: QuoteEvidence }[] = [];
    extractWithEvidence(text, splitParagraphs(text), {}, (q, e) => seen.push({ text: q.text, e }));
    const of = (words: string) => confidenceFeatures(seen.find((s) => s.text.includes(words))!.e);
    expect(of('money is not there').crowded_paragraph).toBe(1);
    expect(of('piles are sound').crowded_paragraph).toBe(0);
  });
});
