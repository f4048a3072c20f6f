import { describe, expect, it } from 'vitest';
import { extract, quoteWith, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (session 29, PolNeAR recall).
describe('a title or an initial inside an "according to" source', () => {
  it('"According to Sen. Ilse Marten, ...": the full stop of the title does not end the source', () => {
    const q = extract('According to Sen. Ilse Marten, the probing of the harbour scandal was partly responsible for the exposure of the ferry scandal.');
    expect(speakerOf(q, 'the probing of the harbour scandal was partly responsible')).toBe('Ilse Marten');
  });

  it('"X, according to Ms. Velden, Y": both halves of the aside are what she said', () => {
    const q = extract('Among the harbour projects at risk, according to Ms. Greta Velden, are 16 involving ferries, docks or fish markets.');
    const found = quoteWith(q, 'Among the harbour projects at risk');
    expect(found?.text).toContain('are 16 involving ferries');
    expect(found?.speaker?.name).toBe('Greta Velden');
  });

  it('"X, according to Tomas B. Brak, a former envoy, Y": an initial and an appositive inside the aside', () => {
    const q = extract('At the heart of the trouble, according to Tomas B. Brak, another former harbour envoy, was a decision by the mayor to keep his distance from the board.');
    const found = quoteWith(q, 'At the heart of the trouble');
    expect(found?.text).toContain('was a decision by the mayor');
    expect(found?.speaker?.name).toBe('Tomas B. Brak');
  });

  it('a lone capital word after "according to" with no comma still names nobody new ("according to plan")', () => {
    const q = extract('The ferry left on time, according to plan. Ada Holt said the crossing was calm.');
    expect(speakerOf(q, 'The ferry left on time')).toBeUndefined();
    expect(speakerOf(q, 'the crossing was calm')).toBe('Ada Holt');
  });
});

describe('a role noun between a body and a name', () => {
  it('"According to Lisk Gazette contributor Jon Hale, ...": the contributor speaks, not the paper', () => {
    const q = extract('According to Lisk Gazette contributor Jon Hale, harbour and ferry fares have moved in opposite directions seven times since the war.');
    expect(speakerOf(q, 'harbour and ferry fares have moved')).toBe('Jon Hale');
  });
});

describe('"then-Sen." keeps its sentence', () => {
  it('the reported clause runs past "then-Sen." to its end', () => {
    const q = extract('Tove Lund argued that the distance between the mayor and then-Sen. Tomas Brak was narrower than it is now.');
    expect(quoteWith(q, 'the distance between the mayor')?.text).toContain('was narrower than it is now');
    expect(speakerOf(q, 'the distance between the mayor')).toBe('Tove Lund');
  });

  it('a month after a prefix is no title: "from mid-Jan. The harbour ..." ends the reported clause there', () => {
    const q = extract('Ada Moss said the ferry would run again from mid-Jan. The harbour will stay shut until then.');
    expect(quoteWith(q, 'the ferry would run again')?.text).toBe('the ferry would run again from mid-Jan');
    expect(speakerOf(q, 'the ferry would run again')).toBe('Ada Moss');
  });
});

describe('the source\'s appositive after "according to" is no part of what was said', () => {
  it('", according to former Sen. Per Vang, R-Lisk." ends the reported clause before the attribution', () => {
    const q = extract('What the mayor has said privately about the ferry is a different story, according to former Sen. Per Vang, R-Lisk.');
    expect(quoteWith(q, 'is a different story')?.text).toBe('What the mayor has said privately about the ferry is a different story');
    expect(speakerOf(q, 'is a different story')).toBe('Per Vang');
  });

  it('", according to the Harbour Judicial Conference, the policy arm of the courts." is the body\'s appositive', () => {
    const q = extract('The district has a heavy enough workload that it should have a third judge, according to the Harbour Judicial Conference, the policy arm of the courts.');
    const found = quoteWith(q, 'should have a third judge');
    expect(found?.text).toBe('The district has a heavy enough workload that it should have a third judge');
    expect(found?.speaker?.name).toBe('Harbour Judicial Conference');
  });

  it('with no finite verb before "according to", the words after the source go on with the clause', () => {
    const q = extract('Shortly after noon, according to a harbour logbook, the ferry crews left the dock for the last time.');
    expect(quoteWith(q, 'Shortly after noon')?.text).toContain('the ferry crews left the dock');
  });
});
