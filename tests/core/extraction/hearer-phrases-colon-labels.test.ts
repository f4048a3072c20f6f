import { describe, expect, it } from 'vitest';
import { extract, extractDirect, speakerOf } from './helpers.js';

describe('the people of a fronted "In an interview with ..." / "Speaking to ..." phrase are the hearers (session 31)', () => {
  it('gives the description after the phrase its own referent, not the hosts', () => {
    const text = [
      'Senator Maria Olvera spoke about the harbour plan on Tuesday.',
      'In an interview with radio hosts Tom Bexley and Ann Quarry, the Democratic senator stated that the plan was "a costly mistake for every family in Harbourtown."',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'costly mistake')).toBe('Maria Olvera');
  });

  it('does not give the words to the paper spoken to', () => {
    const text = [
      'Veteran comic Ronan Pelley has joined the critics of weekend television.',
      'Speaking to the Harbour Gazette, the comedy star said there is too much shouting and "not enough jokes" on the channel.',
    ].join('\n\n');
    expect(speakerOf(extract(text), 'not enough jokes')).not.toBe('Harbour Gazette');
  });
});

describe('a speaker label before a colon (session 31)', () => {
  it('reads a name right after the last quote as the next turn\'s speaker', () => {
    const text = [
      'Mayor Ana Olvera and councillor Tom Bexley answered the same question about the port strike in very different ways.',
      'Olvera: "Our goal is to end the strike by Friday, not to punish the dockers." Bexley: "The mission is to reopen the port -- whatever it costs the union."',
    ].join('\n\n');
    const quotes = extractDirect(text);
    expect(speakerOf(quotes, 'Our goal is to end')).toBe('Ana Olvera');
    expect(speakerOf(quotes, 'The mission is to reopen')).toBe('Tom Bexley');
  });

  it('reads a name after a dash as the speaker, not the words before the dash', () => {
    const text = [
      'The harbour poll was a surprise to many in the town.',
      'Pollsters agree - Tom Quarry: "One of the biggest lessons was a simple one: keep on calling voters late."',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'biggest lessons')).toBe('Tom Quarry');
  });
});
