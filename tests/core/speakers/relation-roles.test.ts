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

  it('a role that relates nobody is matched as before', () => {
    expect(names('the Brookvale Academy governor')).toEqual(['Petra Lindqvist']);
  });
});
