import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';
import { gateSpeaker, trailingName } from '../../../src/core/extraction/gate.js';

// Every text here is written for these tests; people, places and bodies are invented (docs/EXTRACTION.md, "Issue 13,
// twenty-second pass: bodies and descriptions", h-attr41).

describe('a kind noun heading a body\'s own name ("Bank of Elmora") stays in the name', () => {
  it('the gate keeps "Bank of Elmora" whole, and still takes "Miner" off "Miner Ostrava Gold"', () => {
    expect(gateSpeaker({ name: 'Bank of Elmora', isOrganisation: true })?.name).toBe('Bank of Elmora');
    expect(gateSpeaker({ name: 'Network of Rural Women', isOrganisation: true })?.name).toBe('Network of Rural Women');
    expect(gateSpeaker({ name: 'Miner Ostrava Gold', isOrganisation: true })?.name).toBe('Ostrava Gold');
  });

  it('"The Bank of Elmora said that ..." gives the bank, not no speaker', () => {
    const q = extract('Rates held\n\nThe Bank of Elmora said that inflation would stay below its target for the rest of the year.');
    expect(speakerOf(q, 'inflation would stay below')).toBe('Bank of Elmora');
  });

  it('(guard) "Company staff said ..." is still no speaker named "staff" or "Company staff"', () => {
    expect(gateSpeaker({ name: 'Company staff', isOrganisation: true })).toBeNull();
  });
});

describe('an office written in capitals after "the" ("the MEP", "the DJ") is a description, not a body', () => {
  it('"The MEP said ..." after the MEP is named is that person, not no speaker', () => {
    const q = extract('Party row deepens\n\nMEP Colin Ardley quit the party on Monday, saying it had lost its way.\n\nThe MEP said he was ashamed to have stood for the party at the last election.');
    expect(speakerOf(q, 'he was ashamed to have stood')).toBe('Colin Ardley');
  });

  it('"..., says the DJ." stays the marked description when nobody is called the DJ', () => {
    const q = extract('Band takes a break\n\nNell Orry, who presents a late show on a city station, thinks a break is due.\n\n"They have other projects, and one of them wants to act in films," says the DJ.');
    const quote = q.find((x) => x.text.includes('one of them wants to act'));
    expect(quote?.speaker?.name).toBe('the DJ');
    expect(quote?.speaker?.anonymous).toBe(true);
  });

  it('(guard) an acronym that is also a rank ("the COL", the Coastal Ocean League) but spelt out as a body stays the body', () => {
    const q = extract('League picks a game\n\nThe Coastal Ocean League (COL) runs the contest each year.\n\nThe COL said it picked a short game to make the finals easier for spectators to follow.');
    expect(speakerOf(q, 'it picked a short game')).toBe('Coastal Ocean League');
  });
});

describe('a description that ends by naming the person ("media strategist Glen Yarwood") is that person', () => {
  it('trailingName reads the name after a role noun or an age, and nothing after "a spokesman for"', () => {
    expect(trailingName('media and PR strategist Glen Yarwood')).toEqual({ name: 'Glen Yarwood', role: 'media and PR strategist' });
    expect(trailingName('3 spokesperson Belinda Hanson')).toEqual({ name: 'Belinda Hanson', role: 'spokesperson' });
    expect(trailingName('76-year-old Morton Blackwater')?.name).toBe('Morton Blackwater');
    expect(trailingName('a spokesman for Royal Mail')).toBeNull();
    expect(trailingName('the reggae industry')).toBeNull();
  });

  it('"..., according to media and PR strategist Glen Yarwood, who ... He said ..." gives Yarwood both quotes', () => {
    const q = extract('Labels sign pledge\n\nThe labels have pledged not to release offensive songs. "The industry will work with the artists while keeping their freedom of speech," according to media and PR strategist Glen Yarwood, who is representing the labels.\n\nThe industry would stop any attempt to release such a song, he said. "We will advise them this is not the way forward."');
    expect(speakerOf(q, 'The industry will work with')).toBe('Glen Yarwood');
    expect(speakerOf(q, 'We will advise them')).toBe('Glen Yarwood');
  });

  it('"..., said 3 spokesperson Belinda Hanson." is Hanson, not no speaker', () => {
    const q = extract('Gig on the phone\n\nFans will need a 3G handset to watch.\n\n"Once you have paid, you can come and go as you like," said 3 spokesperson Belinda Hanson.');
    expect(speakerOf(q, 'Once you have paid')).toBe('Belinda Hanson');
  });
});
