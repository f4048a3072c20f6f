import { describe, expect, it } from 'vitest';
import { pronounFeatures, pronounScore } from '../../../src/core/extraction/pronouns.js';
import { castOf, extract, speakerOf } from './helpers.js';

// Every text here is written for these tests; names, bodies and places are invented (issue 13).
describe('the subject the cue governs', () => {
  it('an appositive that opens with an article describes the name before it', () => {
    const q = extract(
      'Rep. Nora Villy (Ore.), a superdelegate supporting Tam Orsk, said she had spoken with many colleagues.\n' +
        '"We are not there yet," Ilse Brand, the founder of the think tank Fair Harbor, said on Monday.',
    );
    expect(speakerOf(q, 'spoken with many colleagues')).toBe('Nora Villy');
    expect(speakerOf(q, 'We are not there yet')).toBe('Ilse Brand');
  });

  it('the name opening the words between a quote and its verb speaks, however long its appositive', () => {
    const q = extract(
      '"The plans will not solve this, but they are steps in the right direction," Dana Pell, assistant secretary for ports, ferries, and canals, said on the call.\n' +
        '"It is long and tiring work," Lio Marsh, Mrs. Quell\'s chief of staff, said in an interview.',
    );
    expect(speakerOf(q, 'steps in the right direction')).toBe('Dana Pell');
    expect(speakerOf(q, 'long and tiring work')).toBe('Lio Marsh');
  });

  it('"X of The Paper wrote" and "The Paper\'s X wrote": the person speaks, not the paper', () => {
    const q = extract(
      'Gerd Zollner of The Harbour Review wrote, "If you want people to know you care, you have to show it every day."\n' +
        'As the Valley Post\'s Ines Thorvald wrote, "the council has run out of both money and excuses this year."\n' +
        'As The Courier\'s Bram Eklund puts it, "The members are unmoved, and the activists are uninspired."',
    );
    expect(speakerOf(q, 'you have to show it')).toBe('Gerd Zollner');
    expect(speakerOf(q, 'run out of both money')).toBe('Ines Thorvald');
    expect(speakerOf(q, 'activists are uninspired')).toBe('Bram Eklund');
  });
});

describe('names and descriptions of the article\'s entities', () => {
  it('"and" inside a body\'s name keeps the body whole', () => {
    const q = extract('Tourism is vital to the island, accounting for 15 percent of its output, according to the Sea Travel and Leisure Council, an industry body.');
    expect(speakerOf(q, 'Tourism is vital')).toBe('Sea Travel and Leisure Council');
  });

  it('two people joined by "and" stay two runs', () => {
    const q = extract('"We will appeal," said Ana Lutz and Pem Dorr.');
    expect(speakerOf(q, 'We will appeal')).not.toMatch(/\band\b/);
  });

  it('a description whose modifiers are joined by "and" binds to the person just named', () => {
    const q = extract(
      'Former champion Kofi Mensal has accused the federation of lacking ambition.\n' +
        '"At the moment, the biggest factor on the mind of our sprinters is to be first at home," the world 100m and 200m record holder told Radio Five.',
    );
    expect(speakerOf(q, 'biggest factor on the mind')).toBe('Kofi Mensal');
  });

  it('a place after "for" does not make a description plural: it binds to the official named next', () => {
    const q = extract(
      'The new transport minister for Northmoor says there are lessons to learn from the south.\n' +
        'Dr Ewan Fairley, on his first full day in the job, admitted "big challenges" but insisted the plans were sound.',
    );
    expect(speakerOf(q, 'lessons to learn')).toBe('Ewan Fairley');
  });

  it('a quote opening the sentence after a plain one about a named person is that person\'s', () => {
    const q = extract(
      'Mayor Tove Lind spoke first. "I have a new slogan for the people here," she said.\n' +
        'Saxon Pirrie, leader of the county group, lays the blame on one issue above all others. "You cannot underestimate the impact of the closure on this town."',
    );
    expect(speakerOf(q, 'new slogan')).toBe('Tove Lind');
    expect(speakerOf(q, 'underestimate the impact')).toBe('Saxon Pirrie');
  });

  it('speech verbs that count only beside a quote', () => {
    const q = extract('"The figures were never checked by anyone," Hedda Morn scolded.\nPolice charged him on Friday after a "long and careful" inquiry.');
    expect(speakerOf(q, 'never checked')).toBe('Hedda Morn');
    expect(speakerOf(q, 'long and careful')).not.toBe('Police');
  });
});

describe('pronoun candidates', () => {
  it('a full name in any role before the pronoun is a candidate, and gender rules out the wrong one', () => {
    const text = 'Mrs Ada Quist met Mr Boris Lent in the hall. The new plan came from Carl Vos. He said it was ready.';
    const cast = castOf(text);
    const at = text.indexOf('He said');
    const { candidates, person } = cast.pronounChoice('he', at);
    const names = candidates.map((c) => c.person.name);
    expect(names).toContain('Carl Vos');
    expect(names).toContain('Boris Lent');
    expect(names).not.toContain('Ada Quist');
    expect(person && names.includes(person.name)).toBe(true);
  });

  it('the score prefers the latest speaker to a person only named, other things equal (fitted weights)', () => {
    const base = { speaker: true, mentionRank: 0, distance: 100, namedNear: true, introduced: false, genderMatch: true, named: 2, single: false };
    const speaker = pronounScore(pronounFeatures({ ...base, salientRank: 0 }));
    const named = pronounScore(pronounFeatures({ ...base, speaker: false, mentionRank: 1, distance: 300 }));
    expect(speaker).toBeGreaterThan(named);
  });
});

describe('titles and suffixes of the article\'s people', () => {
  it('"the admiral" is the person titled "Adm.", whose family name comes before "Jr."', () => {
    const q = extract(
      'Adm. Harold K. Pettersen Jr. leads the northern fleet. Vantor News attacked him on Monday.\n' +
        'The comments had two goals, the admiral said. "You know, when I am described that way, it is not true," he said.\n' +
        'Admiral Pettersen added that "the sea is wide and open to all of us."',
    );
    expect(speakerOf(q, 'comments had two goals')).toMatch(/Pettersen/);
    expect(speakerOf(q, 'described that way')).toMatch(/Pettersen/);
    expect(speakerOf(q, 'sea is wide')).toMatch(/Pettersen/);
  });
});

describe('a knight or a peer by short form', () => {
  it('"Sir Edmund" after "Sir Edmund Vayle" is the same person, with no title in the name', () => {
    const q = extract(
      'The Whigs asked Sir Edmund Vayle to step down in return for support.\n' +
        'Sir Edmund had gone to the country for a fresh mandate. Sir Edmund said the talks were "friendly and easy" at first.',
    );
    expect(speakerOf(q, 'friendly and easy')).toBe('Edmund Vayle');
  });
});

describe('"according to" after a quote, "As X\'s report noted:"', () => {
  it('a quote followed by "according to X, ROLE" is X\'s, and the role is no reported clause', () => {
    const q = extract('"The island is the largest boat market in the region," according to Jon Brisk, director of Marimon, which monitors harbours.');
    expect(speakerOf(q, 'largest boat market')).toBe('Jon Brisk');
    expect(q.some((x) => x.kind === 'indirect' && x.text.startsWith('director of Marimon'))).toBe(false);
  });

  it('"As Mr X\'s report noted:" gives the report\'s author', () => {
    const q = extract('Wim Ostra wrote the review.\nAs Mr Ostra\'s report noted: "The ink had scarcely dried on the agreement before the bubble burst."');
    expect(speakerOf(q, 'ink had scarcely dried')).toBe('Wim Ostra');
  });
});

describe('post-nominal titles', () => {
  it('"Frank Field MP" is Frank Field, and "the Labour MP for Birkenhead" binds to him', () => {
    const q = extract(
      'Former welfare minister Ivor Pask MP criticised the rivalry between the pair on the Sunday Programme.\n' +
        '"What sort of model does it give when the two leaders fight it out?" the Labour MP for Eastmoor said.',
    );
    expect(speakerOf(q, 'What sort of model')).toBe('Ivor Pask');
  });
});

describe('a caption line between two paragraphs of one speaker', () => {
  it('the quote after the caption continues the speaker before it', () => {
    const q = extract(
      '"Greed in the ocean is hurting the whales," says Tama Korea, an elder of the coast.\n' +
        'Tama Korea at his farm, the place where he was born and grew up\n' +
        '"We are having to put up with a lot of stuff today. The public want to touch the whales."',
    );
    expect(speakerOf(q, 'put up with a lot')).toBe('Tama Korea');
  });

  it('a paragraph of prose in between still breaks the continuation', () => {
    const q = extract(
      '"Greed in the ocean is hurting the whales," says Tama Korea, an elder of the coast.\n' +
        'The strandings have grown more common in the last ten years, and the rescue groups are stretched thin.\n' +
        '"We are having to put up with a lot of stuff today. The public want to touch the whales."',
    );
    expect(speakerOf(q, 'put up with a lot')).not.toBe('Tama Korea');
  });
});
