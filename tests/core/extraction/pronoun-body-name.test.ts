import { describe, expect, it } from 'vitest';
import { directWithEvidence, extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names are invented (issue 13).
// Session 39 (h-attr104): a "he" / "she" is never read as a name with no trait of a person (no gender, title, role or
// given name the lexicon knows) that the article met only as a third party: a club, a competition or a product
// named just before the pronoun. The pronoun binds the next candidate, or nobody.

describe('a body named only as an object is not read as "he" / "she"', () => {
  it('passes over a club in a list to the player who took a turn by name', () => {
    const text = 'Midfielder Tomas Verhoek has criticised his employers over his contract.\n\n'
      + 'Verhoek\'s deal runs out in June and he has been linked with Dravnik Sporting, Oldmoor and Kelsby.\n\n'
      + 'He told the radio station: "I do not know whether I will stay because nobody has called me."\n';
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.evidence.mention).toBe('pronoun');
    expect(q?.speaker).toBe('Tomas Verhoek');
  });

  it('leaves the quote unnamed when the only candidate is a competition', () => {
    const text = 'was unhappy after losing six players to the Brenmoor Shield training camp this week.\n\n'
      + '"It is the same for every club but we need to manage it carefully," he said.\n';
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.speaker ?? null).not.toBe('Brenmoor Shield');
  });

  it('still reads a person with a known given name met only as an object', () => {
    const text = 'The committee heard evidence from Margaret Oyelaran on Tuesday.\n\n'
      + '"We were never consulted about the closure," she said.\n';
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.speaker).toBe('Margaret Oyelaran');
  });

  it('still reads a traitless name that took a turn by name as the subject ("Kovrin said ... He added")', () => {
    const text = 'Kovrin said the shares had been bought last month.\n\n'
      + '"We think the price was fair and the board agreed," he added.\n';
    const [q] = directWithEvidence(text).slice(-1);
    expect(q?.speaker).toBe('Kovrin');
  });
});

describe('a traitless name written only as an owner ("NAME\'s report") stays a candidate', () => {
  it('reads "NAME\'s report ... He said" as the author', () => {
    const text = 'The government has delayed the publication of Anselm Varga\'s full report into the railways.\n\n'
      + 'He said the network ran the oldest trains in the region.\n';
    expect(speakerOf(extract(text), 'the network ran the oldest trains')).toBe('Anselm Varga');
  });
});
