import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../src/core/questions/understand.js';
import { SpeakerRegistry } from '../../../src/core/speakers/registry.js';
import { storedSpeaker } from './stored-speaker.js';

// A role that relates its holder to somebody else ("son of the Liberal party front-runner") describes that other
// person: read as the holder's own description or body, the son answered questions about the front-runner
// (invented people).
const registry = new SpeakerRegistry([
  storedSpeaker('Tobias Marwick', ['son of the Liberal party front-runner'], 6),
  storedSpeaker('Ines Quarrington', ['daughter of Brookvale Academy headteacher Ruth Quarrington'], 3),
  storedSpeaker('Petra Lindqvist', ['Brookvale Academy governor'], 2),
  storedSpeaker('Carys Odell', ['Coastguard volunteer herself and the wife of a lifeboat coxswain'], 2),
  storedSpeaker('Rufus Vell', ['son-in-law of the Harrowgate mayor'], 2),
  storedSpeaker('Mina Stroud', ['chief of staff to the wife of the Tarrant county governor'], 2),
]);
const names = (phrase: string) => resolveSpeaker(phrase, registry, () => true, true, 4, true).matches.map((m) => m.speaker.name);

describe('a relation role describes the relative, not its holder', () => {
  it('"the Liberal party front-runner" is not the front-runner\'s son', () => {
    expect(names('the Liberal party front-runner')).toEqual([]);
    expect(registry.roleMatches('the Liberal party front-runner', () => true).map((m) => m.speaker.name)).toEqual([]);
  });

  it('"the Brookvale Academy headteacher" is not the headteacher\'s daughter', () => {
    expect(names('the Brookvale Academy headteacher')).toEqual([]);
  });

  it('a phrase that asks the relation still finds its holder', () => {
    expect(names("the Liberal party front-runner's son")).toContain('Tobias Marwick');
  });

  it('the words before the relation still describe the holder', () => {
    expect(names('the Coastguard volunteer photographer')).toEqual(['Carys Odell']);
    expect(names('the lifeboat coxswain photographer')).toEqual([]);
  });

  // Session 39 review (h-rev39): an in-law, and a relation after a first "of" that relates nobody, were read whole as
  // the holder's own office.
  it('an in-law and a relation after another "of/to" describe the relative too', () => {
    expect(names('the Harrowgate mayor')).toEqual([]);
    expect(names("the Harrowgate mayor's son-in-law")).toContain('Rufus Vell');
    expect(names('the Tarrant county governor')).toEqual([]);
    expect(names('the chief of staff')).toContain('Mina Stroud');
  });

  it('a role that relates nobody is matched as before', () => {
    expect(names('the Brookvale Academy governor')).toEqual(['Petra Lindqvist']);
  });
});
