import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (session 30, PolNeAR train's
// wrong speakers: a main clause's subject given to the speech verb of a clause joined after it).
describe('the subject of a speech verb in a clause joined after a main clause', () => {
  it('"The ferry was grounded after the Velden Gazette reported that ...": the paper speaks, not the ferry', () => {
    const q = extract('Harbour tolls rose in Velden.\n\nThe smaller ferry was grounded last week after the Velden Gazette reported that its licence had expired in May.');
    expect(speakerOf(q, 'its licence had expired in May')).toBe('Velden Gazette');
  });

  it('"The price of salt has fallen after the Harbour Trust (HT) said ...": a body with its acronym in brackets', () => {
    const q = extract('Salt falls on trust sale\n\nThe price of salt has fallen after the Lisk Harbour Trust (LHT) said it will look at ways of selling its salt stores.');
    expect(speakerOf(q, 'it will look at ways of selling its salt stores')).toBe('Lisk Harbour Trust');
  });

  it('"The thief was arrested after employees of a boatyard said ...": a description right before the verb stands as written', () => {
    const q = extract('The man ran from the pier. The thief was arrested a block away after employees of a boatyard said he tried to steal a dinghy.');
    expect(speakerOf(q, 'he tried to steal a dinghy')).toBe('employees of a boatyard');
  });

  it('"One thing in her favour is that most voters said": the voters, not the main clause\'s subject', () => {
    // (The text must yield the quote: "many voters in the harbour towns said ..." yields none, and a `not` then passes on anything.)
    const q = extract('Mara Tolvik leads the race.\n\nOne thing working in Tolvik\'s favour is that most voters said they think she is different from the other candidates.');
    expect(quoteWith(q, 'they think she is different')).toBeDefined();
    expect(speakerOf(q, 'they think she is different')).toBe('most voters');
  });

  it('a joined clause with no subject of its own ("but when asked ... replied") keeps the main subject', () => {
    const q = extract('"I just thank God that no-one got hurt," said the singer Ivo Brand. He added he was glad the intruders were not hurt. The singer did not want to talk in detail about his actions but when asked whether he would do the same again replied: "Is the sea wet?" The break-in happened at night.');
    expect(speakerOf(q, 'Is the sea wet?')).toBe('Ivo Brand');
  });

  it('a relative clause inside the subject keeps it ("The official who was briefed after the vote said")', () => {
    const q = extract('The harbour vote failed. The port official who was briefed after the vote said the ferries would keep running.');
    expect(speakerOf(q, 'the ferries would keep running')).toBe('The port official');
  });

  it('"The Gazette was sued by Mr Brand after the newspaper claimed ...": a body by its kind alone is the main subject\'s body', () => {
    const q = extract('Ivo Brand is standing in Lisk. The Velden Gazette was sued for libel by Mr Brand after the newspaper claimed he received money from a shipping firm.');
    expect(speakerOf(q, 'he received money from a shipping firm')).toBe('Velden Gazette');
  });
});
