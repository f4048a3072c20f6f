import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

// Session 26 (h-attr57): 'Mr Callow "made the accounting decisions," he told the court' reports that Mr Callow made
// them, so the "he" of the cue is somebody else (the name right before the quoted words is their subject). Only the
// name right before the mark: 'Roffman described it as "awful," he said' repeats its speaker. Texts and names are
// invented.
describe('the subject of partial quoted words is not the "he" who reports them', () => {
  it('"NAME "words," he told" goes to another person, and the quote sharing the cue with it too', () => {
    const q = extract(
      'Alan Berring has denied the charges. Speaking in court, Mr Berring rejected claims he pressured his deputy Tom Callow. ' +
        'Mr Callow "made the accounting decisions," he told the court, saying his deputy had "a sharp command of numbers".',
    );
    expect(speakerOf(q, 'made the accounting decisions')).toBe('Alan Berring');
    expect(speakerOf(q, 'a sharp command of numbers')).toBe('Alan Berring');
  });

  it('a speaker named as the subject of a framing verb keeps the quote', () => {
    const q = extract(
      'Ned Roffley sued the firm in 1991. Roffley, who puts his costs "in the seven figures," described the strain as "awful and lasting," he said.',
    );
    expect(speakerOf(q, 'awful and lasting')).toBe('Ned Roffley');
  });

  it('a full quote in capitals after a lost full stop is no partial quote', () => {
    const q = extract(
      'Analyst Pia Lorne said the bid was an error "Vexo was busy building a portal," she said "They outsourced search," she added.',
    );
    expect(speakerOf(q, 'They outsourced search')).toBe('Pia Lorne');
  });
});
