import { describe, expect, it } from 'vitest';
import { capOf, CAP_READINGS } from '../../../src/core/extraction/confidence.js';
import { CONFIDENCE_CAPS } from '../../../src/core/extraction/confidence-caps.js';
import { directWithEvidence } from './helpers.js';

// Every text here is written for these tests; names are invented (issue 13, session 41, h-attr112).
// `pronoun_unbound`: a "they added" bound to no one, so the speaker shown is the pronoun itself, which names nobody.

const article = (saying: string): string => 'Singer hits out at magazines\n\n'
  + 'Pop star Dana Reyes has attacked tabloid magazines in a letter on her website.\n\n'
  + `The photographs were taken at her wedding. ${saying} "Dana should start her own magazine if she would like to dictate her own coverage." `
  + '"Coming from a celebrity who sold pictures of her wedding, it is unlikely the issue here is privacy," they added.\n';

describe('pronoun_unbound: a pronoun left as the speaker', () => {
  it('ships a cap under 0.9', () => {
    expect(CONFIDENCE_CAPS.pronoun_unbound).toBeDefined();
    expect(CONFIDENCE_CAPS.pronoun_unbound!).toBeLessThan(0.9);
  });

  it('caps "they added" when no group or person was chosen for "they"', () => {
    const q = directWithEvidence(article('Its publisher was unrepentant about the decision to publish, saying:')).find((x) => x.evidence.cueVerb === 'say' && x.evidence.mention === 'pronoun');
    expect(q?.speaker).toBe('they');
    expect(CAP_READINGS.pronoun_unbound!(q!.evidence)).toBe(true);
    expect(q!.confidence).toBeLessThanOrEqual(CONFIDENCE_CAPS.pronoun_unbound!);
  });

  it('leaves a pronoun bound to a body uncapped by this reading', () => {
    const q = directWithEvidence(article('Hollis magazine was unrepentant about the decision to publish, saying:')).find((x) => x.evidence.cueVerb === 'say' && x.evidence.mention === 'pronoun');
    expect(q?.speaker).toBe('Hollis');
    expect(CAP_READINGS.pronoun_unbound!(q!.evidence)).toBe(false);
    expect(capOf(q!.evidence, { pronoun_unbound: CONFIDENCE_CAPS.pronoun_unbound ?? 0.2 })).toBe(1);
  });
});
