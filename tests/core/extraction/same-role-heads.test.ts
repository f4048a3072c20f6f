import { describe, expect, it } from 'vitest';
import { extract, speakerOfQuoteStarting } from './helpers.js';
import { sameRoleHeads } from '../../../src/core/extraction/lexicon/index.js';

// Session 37 (h-attr93). Every text is written for these tests; names, clubs and places are invented. A definite
// description binds to a person of the cast through the head noun of a stated role; newsroom copy writes one role with
// several heads ("England forward NAME" ... "the England striker said"), declared once in the lexicon
// (`sameRoleHeads`). A stated role with no office noun ("Republican presidential hopeful") no longer keeps a later
// office description from the person just talked about (`statesOffice`).
const speakerOf = (text: string, words: string): string | null | undefined => speakerOfQuoteStarting(extract(text), words);

const striker = (team: string): string => `Tarrow happy in Lisbon

England forward Niall Tarrow has told reporters he is happy in Portugal and has no plans to leave. "I'm pleased with the start I've made," he said. Tarrow, who moved to Lisbon last summer, has scored nine goals but has been unable to replace Ruiz or Moreira in the side.

"For a fourth-choice striker at the start I'm more than happy." Recent talk has linked Tarrow with a move home, with Dunmore expressing their interest, but the ${team} striker said he is not ready to return. He added: "I have a lot left to do here."`;

describe('heads that name one role', () => {
  it('the lexicon declares striker/forward, presenter/host and skipper/captain, not boss/chief or coach/manager', () => {
    expect(sameRoleHeads('striker')).toContain('forward');
    expect(sameRoleHeads('host')).toContain('presenter');
    expect(sameRoleHeads('skipper')).toContain('captain');
    expect(sameRoleHeads('boss')).toEqual(['boss']);
    expect(sameRoleHeads('coach')).toEqual(['coach']);
  });

  it('"the England striker said" is the "England forward" named before', () => {
    expect(speakerOf(striker('England'), 'he is not ready to return')).toBe('Niall Tarrow');
  });

  it('"the Wales striker said" is not the "England forward": the qualifiers disagree', () => {
    expect(speakerOf(striker('Wales'), 'he is not ready to return')).not.toBe('Niall Tarrow');
  });
});

describe('a stated role with no office noun', () => {
  it('"The billionaire property magnate says" is the "Republican presidential hopeful" just talked about', () => {
    const t = `Brock says football has gone soft

RENO (AP) - Republican presidential hopeful Dale Brock says he does not watch football much any more because the game has gone "soft".

Brock drew the comparison during a speech to more than 3,000 people in Reno on Sunday while fans across the street watched the play-offs.

The billionaire property magnate says a hard tackle that was once admired now draws a penalty.`;
    expect(speakerOf(t, 'a hard tackle')).toBe('Dale Brock');
  });
});
