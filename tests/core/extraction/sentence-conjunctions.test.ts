import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './helpers.js';

/*
 * Session 19: cues.ts and introductions.ts each held a list of the words that may open a sentence before its subject
 * ("but", "and", "yet"); both now read the lexicon's SENTENCE_CONJUNCTIONS, which also holds "however" and
 * "meanwhile". The whole corpus's extraction did not move; what the introduction reader gained is named here.
 */
describe('a linking word before a description and the name it introduces', () => {
  it('"However head of X, NAME, said": the description is the role, as after "But"', () => {
    const qs = extract(`However head of the port authority, Elward Penn, said: "We will run the ferries."`);
    expect(quoteWith(qs, 'run the ferries')?.speaker).toMatchObject({ name: 'Elward Penn', role: 'head of the port authority' });
    const but = extract(`But head of the port authority, Elward Penn, said: "We will run the ferries."`);
    expect(quoteWith(but, 'run the ferries')?.speaker).toMatchObject({ name: 'Elward Penn', role: 'head of the port authority' });
  });

  it('"Meanwhile director of X at Y, NAME, said" likewise', () => {
    const qs = extract(`"The timetable is a fiction," said one official. Meanwhile director of ferries at Nordlink, Olav Brekke, said the boats were sound.`);
    expect(quoteWith(qs, 'boats were sound')?.speaker).toMatchObject({ name: 'Olav Brekke', role: 'director of ferries at Nordlink' });
  });
});
