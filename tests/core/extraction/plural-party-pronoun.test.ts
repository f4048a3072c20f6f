import { describe, expect, it } from 'vitest';
import { extract, extractDirect, speakerOf } from './helpers.js';

describe('"he" or "she" is never a party named in the plural (session 29)', () => {
  it('reads "he said" after "Only the Social Democrats ..., he said" as the party leader, not the party', () => {
    const text = [
      'The Social Democrats will present themselves as "the honest choice" in the coming county election, Rhodri Vellan has said.',
      'Unveiling the slogan at the party\'s spring rally, he said there was no "upper limit" to its hopes. He told members that the council had lost the trust of Wexmoor and that the Tories had failed to oppose it. In response, the Conservatives insisted that theirs was the party of the valley.',
      'Speaking in Wexmoor Mr Vellan said: "People want a party which offers a different vision of the valley."',
      'Only the Social Democrats stood against the new tolls, he said, and they had also opposed the plans to close the branch lines. He said: "If you voted for the others last time, what good did it do you? Your vote was wasted on the tolls."',
    ].join('\n\n');
    const quotes = extractDirect(text);
    expect(speakerOf(quotes, 'Your vote was wasted')).toBe('Rhodri Vellan');
    // (The reported clause whose "he said" comes after the party is his too.)
    expect(speakerOf(extract(text), 'stood against the new tolls')).toBe('Rhodri Vellan');
  });

  it('leaves a person whose surname ends in s a candidate for "he"', () => {
    const text = [
      'Harbour master Owen Pettigrews said the quay would reopen in May.',
      '"We have repaired the wall and the cranes are back in service for the summer," he said.',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'repaired the wall')).toBe('Owen Pettigrews');
  });
});
