import { describe, expect, it } from 'vitest';
import { extractTime } from '../../../src/core/questions/time.js';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('a year in the future is a topic, not when a quote was said', () => {
  it('keeps "in 2050" in the question as topic words', () => {
    const { window, rest } = extractTime('what did Okonkwo say about the harbour population in 2050', NOW);
    expect(window).toBeUndefined();
    expect(rest).toBe('what did Okonkwo say about the harbour population in 2050');
  });

  it('keeps "since 2031" and "after 2040" too: no quote can be that recent', () => {
    expect(extractTime('Okonkwo on the levy since 2031', NOW).window).toBeUndefined();
    expect(extractTime('Okonkwo on the levy after 2040', NOW).window).toBeUndefined();
  });

  it('still reads a past or current year as the time of the quote', () => {
    expect(extractTime('what did Okonkwo say in 2019', NOW).window).toMatchObject({ from: '2019-01-01', to: '2019-12-31' });
    expect(extractTime('what did Okonkwo say in 2026', NOW).window).toMatchObject({ from: '2026-01-01' });
  });
});

describe('a time phrase with a possessive is part of the topic, not when a quote was said', () => {
  it('keeps "this year\'s" and "last week’s" in the question as topic words', () => {
    const asked = "what did Okonkwo say about this year's harbour levy";
    expect(extractTime(asked, NOW)).toEqual({ rest: asked });
    const curly = 'Okonkwo on last week’s ferry vote';
    expect(extractTime(curly, NOW)).toEqual({ rest: curly });
  });

  it('still reads "this year" and "last week" without a possessive as the time of the quote', () => {
    expect(extractTime('what did Okonkwo say about the levy this year', NOW).window).toMatchObject({ text: 'this year', from: '2026-01-01' });
    expect(extractTime('Okonkwo on the ferry vote last week', NOW).window).toMatchObject({ from: '2026-03-03' });
  });
});
