import { describe, expect, it } from 'vitest';
import { extract, speakerOf, extractDirect } from './helpers.js';

// Every text here is written for these tests; people and towns are invented (docs/EXTRACTION.md, "Issue 13,
// seventeenth pass: whose words a plain sentence names", h-attr30).

const direct = extractDirect;
const first = 'Professor Alan Whitby said the rules were vague. "It is a hard case to make," Whitby said.\n\n';

describe('the owner of words named in a sentence with no cue and no person as its subject speaks last', () => {
  it('"That may surprise anyone who heard X\'s statement. He said: ..." is X', () => {
    const q = direct(first + 'That may surprise anyone who heard Police Chief Martin Coyle\u2019s statement on Monday. He said: "Nobody in this town was ever in danger from the fire."');
    expect(speakerOf(q, 'Nobody in this town')).toBe('Martin Coyle');
  });

  it('(guard) a sentence whose subject is a person stays that person\'s', () => {
    const q = direct(first + 'Whitby later questioned Police Chief Martin Coyle\u2019s statement on Monday. He said: "Nobody in this town was ever in danger from the fire."');
    expect(speakerOf(q, 'Nobody in this town')).toBe('Alan Whitby');
  });

  it('(guard) a sentence opening with a description of a person is that person\'s', () => {
    const q = direct('The US sprinter Carl Brandt criticised the selectors. "They never pick on form," said Brandt.\n\nHe clashed with Britain\'s Owen Pike last year. The American had doubted Pike\'s claims of an injury. "It is all about rankings here," he said.');
    expect(speakerOf(q, 'It is all about rankings')).toBe('Carl Brandt');
  });
});

describe('a relative aside that no comma closes, with a quote at its end, keeps the name before it as the subject', () => {
  it('"X, whose party calls the plan "..." said ..." is X, and the "he" after is X', () => {
    const q = extract('Transport Secretary Ruth Gale has vowed to press on with the toll plan. Mr Owen Tarrant, whose party calls the toll plan "deeply unfair" said the new secretary had time to think again. He told local radio that Ms Gale was less keen than her predecessor. "Why not drop it now and save everyone the trouble?" he asked.');
    expect(speakerOf(q, 'the new secretary had time')).toBe('Owen Tarrant');
    expect(speakerOf(q, 'Why not drop it now')).toBe('Owen Tarrant');
  });
});
