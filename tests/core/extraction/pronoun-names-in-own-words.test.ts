import { describe, expect, it } from 'vitest';
import { extractDirect, speakerOf } from './helpers.js';
import { CONFIDENCE_CAPS } from '../../../src/core/extraction/confidence-caps.js';

// A "he" or "she" who speaks of a person by name in the quoted words is somebody else: the named person is no
// candidate for the pronoun (people.ts `namedInOwnWords`, marks.ts `quotedWordsOfCue`). Invented text.
describe('a pronoun speaker is not the person the quote names', () => {
  it('a given name in the quote before "he told" bars that person, the latest subject', () => {
    const text = [
      'Manager Desmond Harlowe signed a new contract at Fenbury on Tuesday.',
      'Meanwhile, Harlowe has rebuked captain Anders Kjellvik for his remarks before the derby.',
      'Kjellvik spoke of his dislike of their rivals ahead of the match. "I have had more than a quiet word with Anders. It was said to the whole squad," he told the club website. "Nobody should leave himself open to that."',
    ].join('\n\n');
    const quotes = extractDirect(text);
    expect(speakerOf(quotes, 'quiet word with Anders')).toBe('Desmond Harlowe');
    expect(speakerOf(quotes, 'Nobody should leave himself')).toBe('Desmond Harlowe');
  });

  it('a surname with its possessive in the quote after "She added:" bars that person', () => {
    const text = [
      'Coach Marian Tollervey named her squad for the spring tour on Monday.',
      'Winger Petra Quillan misses out again after a knee operation in March.',
      'She added: "I think Quillan\'s situation is down to the number of games we play."',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'situation is down to')).toBe('Marian Tollervey');
  });

  it('a surname inside a longer name ("the Quillan Foundation") does not bar the person', () => {
    const text = [
      'Coach Marian Tollervey named her squad for the spring tour on Monday.',
      'Petra Quillan, the winger, opened a sports centre in her home town.',
      '"The Quillan Foundation will pay for every pitch," she said.',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'Foundation will pay')).toBe('Petra Quillan');
  });

  it('a given name another person of the cast shares does not bar the person', () => {
    const text = [
      'Anders Nyvold, a scout, watched the game from the stand.',
      'Captain Anders Kjellvik scored twice in the second half.',
      '"Anders played well today," he said.',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'played well today')).toBe('Anders Kjellvik');
  });
});

describe('a speaker who names himself in full', () => {
  it('is still the pronoun: the full name in the quote bars nobody', () => {
    const text = [
      'Senator Rowan Eldicott rallied supporters in Grantford on Tuesday, and his aide Colm Baverstock handed out leaflets.',
      'Eldicott has kept his supporters riled up. "They say Rowan Eldicott should drop out of this race," he said at the rally.',
    ].join('\n\n');
    expect(speakerOf(extractDirect(text), 'should drop out')).toBe('Rowan Eldicott');
  });
});

describe('the confidence of the person left when the named one is barred', () => {
  it('is capped (pronoun_named_in_quote): the pronoun model\'s own choice was ruled out', () => {
    const text = [
      'Manager Desmond Harlowe signed a new contract at Fenbury on Tuesday.',
      'Meanwhile, Harlowe has rebuked captain Anders Kjellvik for his remarks before the derby.',
      'Kjellvik spoke of his dislike of their rivals ahead of the match. "I have had more than a quiet word with Anders. It was said to the whole squad," he told the club website.',
    ].join('\n\n');
    const q = extractDirect(text).find((x) => x.text.includes('quiet word with Anders'));
    expect(q?.speaker?.name).toBe('Desmond Harlowe');
    expect(q!.confidence).toBeLessThanOrEqual(CONFIDENCE_CAPS['pronoun_named_in_quote']!);
  });

  it('is not capped when the barred person was not the model\'s better choice', () => {
    const text = [
      'Coach Marian Tollervey named her squad for the spring tour on Monday.',
      'She said: "I think Petra Quillan will be back for the autumn games."',
    ].join('\n\n');
    const q = extractDirect(text).find((x) => x.text.includes('will be back'));
    expect(q?.speaker?.name).toBe('Marian Tollervey');
    expect(q!.confidence).toBeGreaterThan(CONFIDENCE_CAPS['pronoun_named_in_quote']!);
  });
});
