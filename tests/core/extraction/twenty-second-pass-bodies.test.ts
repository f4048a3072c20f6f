import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';
import { gateSpeaker } from '../../../src/core/extraction/gate.js';

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
