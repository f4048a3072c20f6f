import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 27 (h-attr60): "claim" takes a thing won as readily as a reported clause. "claimed victory", "after claiming
 * away draws in Leeds and York", "claimed her first title" are nobody's turn to speak: the cue stays (PolNeAR annotates
 * "claimed victory" as an attribution), but the paragraph's carry never hands its subject to the quotes after it (a
 * list of clubs was read as the speaker of a player's quotes).
 */
describe('"claim" with a thing won is no turn of speech', () => {
  const article = `Holt says her side can win the league

Ada Holt believes her club can win the league this season.

After Saturday's draw in Leeds, the club face Bury at home on Wednesday. Holt, who scored twice, is sure the title is theirs for the taking. "There is a chance for us now to go on and win our home games, even though it's a tough run," said the striker. Leeds, York, Hull and Bury are all now level on five points from three matches - although her side look to have an edge after claiming away draws in Leeds and York. "In Leeds we did not play great football, but when you go to these places the other teams have most of the ball."`;

  it('"after claiming away draws in X and Y": the next quote is not the clubs\'', () => {
    const qs = extract(article);
    expect(speakerOf(qs, 'There is a chance for us now')).toBe('Ada Holt');
    const s = speakerOf(qs, 'In Leeds we did not play great football');
    // (Extracted, and either unattributed or the striker's: never the clubs'.)
    expect([null, 'Ada Holt']).toContain(s);
  });

  it('"claimed victory in ..." then a quote with no cue in the next paragraph: not the claimer\'s', () => {
    const race = (sentence: string) => `The county race was decided on Sunday.

Coach Dan Orme said the course had been the hardest of the year. ${sentence}

"We trained on the hills every morning for a month and it showed on the last climb today."`;
    const s = speakerOf(extract(race('Rowan Pike claimed victory in the county race, ahead of Mara Lindqvist.')), 'trained on the hills');
    expect(s).toBeDefined();
    expect(s).not.toBe('Rowan Pike');
    // (The same paragraph with "said" hands the quote on to Pike: the carry the claim no longer feeds.)
    expect(speakerOf(extract(race('Rowan Pike said he had won the county race, ahead of Mara Lindqvist.')), 'trained on the hills')).toBe('Rowan Pike');
  });

  it('"claimed the lead would ...", "claiming the nomination is ...": a thing as a clause\'s subject is still reported', () => {
    const qs = extract(`Council leader Rowan Pike claimed the lead would disappear once the postal votes were counted in the north ward.`);
    expect(speakerOf(qs, 'postal votes were counted')).toBe('Rowan Pike');
    const qs2 = extract(`Senator Mara Lindqvist, claiming the nomination is already decided by the party's donors, quit the race on Monday.`);
    expect(speakerOf(qs2, 'already decided by')).toBe('Mara Lindqvist');
  });

  it('"claimed the harbour plan would ...": an ordinary clause after "claim" keeps its speaker', () => {
    const qs = extract(`Mayor Lena Ostrow claimed the harbour plan would cost the town more than it could ever raise in fees.`);
    expect(speakerOf(qs, 'harbour plan would cost')).toBe('Lena Ostrow');
  });
});
