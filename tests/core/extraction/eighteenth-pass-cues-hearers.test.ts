import { describe, expect, it } from 'vitest';
import { speakerOf, extractDirect } from './helpers.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// eighteenth pass: cues, hearers and antecedents", h-attr31).

const direct = extractDirect;

describe('a "he" or "she" right after an unnamed speaker is that speaker, not a person named further back', () => {
  it('"But a council spokeswoman insisted Mr X ... "...," she said." is the spokeswoman', () => {
    const q = direct('Opposition leader Karen Dove said: "This is a shocking error by the mayor." But a council spokeswoman insisted Mr Pellow had meant adults, not children. "He was talking about late-night drinking offers," she said.');
    expect(speakerOf(q, 'He was talking about')).toBe('a council spokeswoman');
  });

  it('"A spokesman for X said ... He added: "..."" is the spokesman, and so is the quote after', () => {
    const q = direct('Director Owen Marsh has left the agency. A spokesman for the Harbour Trust said the board would meet on Friday. He added: "We are sorry to lose him." "The search will start at once."');
    expect(speakerOf(q, 'We are sorry to lose him')).toBe('A spokesman for the Harbour Trust');
    expect(speakerOf(q, 'The search will start')).toBe('A spokesman for the Harbour Trust');
  });

  it('(guard) a person of the pronoun\'s gender written in a later sentence in between takes it as before', () => {
    const q = direct('A spokesman for the Harbour Trust said the board would meet on Friday. The report described tensions between Mr Owen Marsh and the board. "I will not go quietly," he said.');
    expect(speakerOf(q, 'I will not go quietly')).toBe('Owen Marsh');
  });

  it('(guard) a spokeswoman is not the "he" after her', () => {
    const q = direct('Mayor Tom Pellow spoke at the dinner. A council spokeswoman said the dinner was paid for privately. "It cost the taxpayer nothing at all," he said.');
    expect(speakerOf(q, 'It cost the taxpayer')).toBe('Tom Pellow');
  });
});

describe('a titled one-word name as a plain sentence\'s subject is a person for the pronouns after', () => {
  it('"Prince Aldric remembers the dinner. "...," he said." is Aldric, not the full name before', () => {
    const q = direct('Prince Aldric has been criticised for his friendship with the banker Jeffrey Dunmore.\n\nPrince Aldric remembers the dinner clearly. "It was an unusual thing for me to do," he said.');
    expect(speakerOf(q, 'It was an unusual thing')).toBe('Aldric');
  });
});
