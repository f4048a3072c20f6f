import { describe, expect, it } from 'vitest';
import { gateRole } from '../../../src/core/extraction/gate.js';

// Roles read past their end into the sentence (issue 13, item 2: the gate checks what answers show beside a name).
// Every text here is invented.

describe('the role gate', () => {
  it('cuts a role at a finite verb of speech or being, and the relative clause the cut leaves open', () => {
    expect(gateRole('economist at Corran Bank said the council')).toBe('economist at Corran Bank');
    expect(gateRole('head of Velmar Ferries told the Herald')).toBe('head of Velmar Ferries');
    expect(gateRole('Marsh county delegate who is part of the pier campaign')).toBe('Marsh county delegate');
    expect(gateRole('doctor at Tolver Hospital where the patients were treated')).toBe('doctor at Tolver Hospital');
  });

  it('drops a fragment that holds no office once cut, and a crowd is no office', () => {
    expect(gateRole('Tories say Labour is acting too late while the')).toBeUndefined();
    expect(gateRole('was quoted as')).toBeUndefined();
    expect(gateRole('Twenty-nine people were hurt by a blast that Mayor')).toBeUndefined();
  });

  it('leaves a role without such a verb as it is, relative clause and all', () => {
    expect(gateRole('former mayor of Corran')).toBe('former mayor of Corran');
    expect(gateRole('lawyer who heads the Velmar Centre')).toBe('lawyer who heads the Velmar Centre');
  });
});
