import { describe, expect, it } from 'vitest';
import { partyKey, qualifierKeys } from '../../../src/core/extraction/lexicon/qualifiers.js';
import { isPartyWord, readRole, roleFit } from '../../../src/core/speakers/roles.js';

/**
 * One party list (session 19, h-qa38): the role index reads parties from the lexicon (`partyKey`), so the parties
 * extraction knows (UKIP, the SNP, the Libertarians) are parties to the role index too, and a role of one is no answer
 * for another party's office.
 */
describe('one party list for extraction and the role index', () => {
  it('a UKIP office is not a Labour one, whatever place they share', () => {
    expect(roleFit(readRole('Yorkshire UKIP leader')!, readRole('Yorkshire Labour leader')!)).toBe(0);
    expect(roleFit(readRole('Yorkshire UKIP leader')!, readRole('Yorkshire UKIP leader')!)).toBeGreaterThan(0);
    expect(roleFit(readRole('the Highland SNP councillor')!, readRole('Highland Tory councillor')!)).toBe(0);
  });

  it('the party words a description must bear out include the SNP and UKIP', () => {
    expect(isPartyWord('snp')).toBe(true);
    expect(isPartyWord('ukip')).toBe(true);
    expect(isPartyWord('tory')).toBe(true);
    expect(isPartyWord('highland')).toBe(false);
  });

  it('extraction still reads "Liberal" only before "Democrat"', () => {
    expect(partyKey('liberal')).toBe('ld');
    expect([...qualifierKeys(['Liberal', 'Democrat', 'leader'])]).toContain('p:ld');
    expect([...qualifierKeys(['Liberal', 'leader'])]).toEqual([]);
    expect(partyKey('constructor')).toBeUndefined();
  });
});
