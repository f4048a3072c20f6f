import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting as speakerOf } from './helpers.js';

// Session 33 (h-attr78). Every text is written for these tests; names and places are invented. A participle ("...,
// saying") after a joined clause with its own subject ("X said A, and Y has sued B, saying C") shares that clause's
// subject, not the earlier speaker's.
describe('a participle after a joined clause with its own subject', () => {
  it('", and the Union has already sued ..., saying": the union speaks, not the workers', () => {
    const qs = extract('Harbour workers say the rules are unfair, and the Lisk Civil Liberties Union has already sued the state over them, saying the measure would keep thousands from voting.');
    expect(speakerOf(qs, 'the measure would keep thousands')).toBe('Lisk Civil Liberties Union');
  });

  it('", while her rival, NAME, has soared ... by saying": the rival speaks', () => {
    const qs = extract('Voters are watching an experienced member of the establishment, Ada Holt, argue that the system is rigged against women, while her main rival, Rory Bexton, has soared in the polls by saying that the system is rigged in favour of the rich.');
    expect(speakerOf(qs, 'the system is rigged in favour')).toBe('Rory Bexton');
  });

  it('", while Country has also rejected ..., saying": the second country speaks', () => {
    const qs = extract('Norland has said it does not wish to opt for a debt freeze, while Estmark has also rejected foreign aid, saying it can cope on its own resources.');
    expect(speakerOf(qs, 'it can cope')).toBe('Estmark');
  });

  it('keeps the earlier speaker when the joined words are a list or an object, not a clause', () => {
    const qs = extract('Mayor Ana Ruiz said the port would close, and criticised the harbour board, and the council, saying the jobs of 300 dockers were at stake.');
    expect(speakerOf(qs, 'the jobs of 300 dockers')).toBe('Ana Ruiz');
    const qs2 = extract('Tomas Brak said Lisk had joined a pact that takes in Norland, Estmark, and a new Orrin where the old council is allowed to stay, adding that the ports would suffer.');
    expect(speakerOf(qs2, 'the ports would suffer')).toBe('Tomas Brak');
  });

  it('ends the earlier speaker\'s clause at the joined clause\'s comma', () => {
    const qs = extract('Harbour workers say the rules are unfair, and the Lisk Civil Liberties Union has already sued the state over them, saying the measure would keep thousands from voting.');
    expect(qs.find((q) => q.text.startsWith('the rules are unfair'))?.text).toBe('the rules are unfair');
    const qs2 = extract('Voters are watching an experienced member of the establishment, Ada Holt, argue that the system is rigged against women, while her main rival, Rory Bexton, has soared in the polls by saying that the system is rigged in favour of the rich.');
    expect(qs2.find((q) => q.text.startsWith('the system is rigged against'))?.text).toBe('the system is rigged against women');
  });
});
