import { describe, expect, it } from 'vitest';
import { maskNicknames } from '../../../src/core/extraction/nicknames.js';
import { extract, quoteWith, speakerOf } from './helpers.js';

describe('a nickname inside or beside a name is the person, not a second speaker', () => {
  it('"Derek \'Spanner\' Ollerton told ..." is Derek Ollerton, the full name kept for his later quotes', () => {
    const text = [
      "Derek 'Spanner' Ollerton told a local newspaper that he would not race again this season.",
      '"I have nothing left to give this year," added Ollerton.',
    ].join('\n\n');
    const quotes = extract(text);
    expect(speakerOf(quotes, 'he would not race again')).toBe('Derek Ollerton');
    expect(speakerOf(quotes, 'I have nothing left')).toBe('Derek Ollerton');
    // No quote is the nickname, and every quote is still the verbatim slice of the text.
    expect(quoteWith(quotes, 'Spanner')).toBeUndefined();
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('curly and double marks alike: Marta “Tilly” Brenneke', () => {
    const quotes = extract('Marta “Tilly” Brenneke said the harbour plan would cost the town its fishing fleet.');
    expect(speakerOf(quotes, 'harbour plan')).toBe('Marta Brenneke');
  });

  it('", nicknamed Pip," after a name gives no speaker "Pip"', () => {
    const text = [
      'Anselm Gruber won the final in three sets.',
      'And Gruber, nicknamed Pip, admitted: "The final is what I trained for all winter."',
    ].join('\n\n');
    expect(speakerOf(extract(text), 'what I trained for')).toBe('Anselm Gruber');
  });

  it('keeps every offset, and leaves title-case headlines and plain quoted words alone', () => {
    const text = "Brian 'Head' Welch quit. Mayor Says 'Reckless' Budget Must Go. The 'Reckless' budget was cut, said Welch.";
    const masked = maskNicknames(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.startsWith('Brian        Welch quit.')).toBe(true);
    expect(masked.slice(25)).toBe(text.slice(25));
    expect(maskNicknames('Critics Say The ‘Fake’ News Story Spread.')).toBe('Critics Say The ‘Fake’ News Story Spread.');
    expect(maskNicknames('He Was ‘Mocking’ Clinton Camp.')).toBe('He Was ‘Mocking’ Clinton Camp.');
  });

  it('finds the nickname after a first name with letters beyond ASCII, and the appositive alone', () => {
    // The cheap test before the full patterns reads the word before each mark itself: accented and non-Latin
    // lower-case letters must count as letters there.
    expect(maskNicknames('Zoë "Ace" Marlow told the crowd.')).toBe('Zoë       Marlow told the crowd.');
    expect(maskNicknames('Oğuz ‘Kaptan’ Demirel said so.')).toBe('Oğuz          Demirel said so.');
    expect(maskNicknames('Yes, Moya, nicknamed Charly, admitted it.')).toBe(`Yes, Moya${' '.repeat(', nicknamed Charly,'.length)} admitted it.`);
    // Not a first name before the mark: a word that is all lower case, or a capital alone.
    expect(maskNicknames('the "Ace" Marlow told.')).toBe('the "Ace" Marlow told.');
    expect(maskNicknames('A "Ace" Marlow told.')).toBe('A "Ace" Marlow told.');
  });
});

describe('a body known only by its kind is an unnamed source, not an organisation named after the kind', () => {
  it('"the club said" with no club named is "the club", anonymous; its "it said" follows it', () => {
    const text = [
      'Supporters marched on the stadium on Saturday over the proposed takeover of the football club.',
      'In a statement, the club said it would open its accounts to the bidder. But it said it still opposed the bid.',
    ].join('\n\n');
    const quotes = extract(text);
    const q = quoteWith(quotes, 'open its accounts');
    expect(q?.speaker).toMatchObject({ name: 'the club', anonymous: true });
    expect(quoteWith(quotes, 'still opposed the bid')?.speaker).toMatchObject({ name: 'the club', anonymous: true });
    expect(quotes.some((x) => x.speaker?.name === 'Club')).toBe(false);
  });

  it('a named company still speaks for "the company"', () => {
    const text = 'Brantwood Holdings said on Monday it would cut 200 jobs.\n\nThe company said it expected sales to recover in the spring.';
    expect(speakerOf(extract(text), 'expected sales to recover')).toBe('Brantwood Holdings');
  });
});
