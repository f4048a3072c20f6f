import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 28 (h-attr63): an indefinite description past the lede ("A senior ministry official said ...") introduces
 * somebody unnamed. The next person quoted is that one only when the text gives them that very office, for the body
 * the description names; "the official said" right after is the same unnamed speaker, and so is a "he" after that.
 */
describe('an indefinite description past the lede introduces somebody unnamed', () => {
  const text = [
    'Councillor Ada Brisk said the harbour plan was "a very positive development" for the town.',
    'A senior ministry official said on Friday that the government supported the plan. "The ministry is committed to every step that keeps the harbour open," the official said.',
    '"The council has moved faster than anyone expected," said Tom Vale.',
  ].join('\n');

  it('is not the next person quoted, whom the text gives no such office', () => {
    const qs = extract(text);
    expect(speakerOf(qs, 'the government supported the plan')).toBe('A senior ministry official');
    expect(speakerOf(qs, 'The council has moved faster')).toBe('Tom Vale');
  });

  it('"the official said" right after is the same unnamed speaker', () => {
    expect(speakerOf(extract(text), 'The ministry is committed')).toBe('A senior ministry official');
  });

  it('"a spokesman for BODY said" then "spokesman NAME said": that very office, so the same person', () => {
    const qs = extract([
      'Harbour workers walked out on Monday over the new shift rota.',
      'A spokesman for the Port Authority said the rota would be reviewed. "The quality of the rota differs from pier to pier, and there is room for improvement," spokesman Olaf Renn said.',
    ].join('\n'));
    expect(speakerOf(qs, 'the rota would be reviewed')).toBe('Olaf Renn');
  });

  it('a spokesman for another body named next is somebody else', () => {
    const qs = extract([
      'The plan to return young asylum seekers was announced on Tuesday.',
      'A spokesman for the Home Office said: "We are developing a returns programme with great care."',
      'But Ned Pollard, spokesman for the Marsh Refugee Trust, said ministers had failed to reassure agencies. "From what is so far known, we strongly oppose the scheme," he said.',
    ].join('\n'));
    expect(speakerOf(qs, 'We are developing a returns programme')).not.toBe('Ned Pollard');
  });

  it('a "he" after the unnamed speaker described again is that speaker, not a person talked about', () => {
    const qs = extract([
      'Guitarist Mike Dorran was taken to hospital with flu, and the band cancelled its Leeds date.',
      'Dorran could "hardly stand", said a band spokesman. The spokesman said they would review their dates day by day. "Obviously we all want Mike to get better," he said.',
    ].join('\n'));
    expect(speakerOf(qs, 'we all want Mike to get better')).not.toBe('Mike Dorran');
  });
});
