import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 25 (h-attr52): a "he" or "she" never reads as a name the article writes as a body's ("PC Pro Magazine").
 * Its sibling rule (no he/she to a name first written after "the") was withdrawn at merge: on an unseen question set
 * its fallback gave a quote to another body (Liberal Democrats -> Conservatives) and a question was answered wrong.
 */
describe('he / she never points to a name that ends in, or stands before, a body\'s head ("magazine", "station")', () => {
  it('"NAME, editor of Wire Pulse Magazine. "...," he said": the editor, not the magazine named last', () => {
    const qs = extract(`Broadband prices fell again this year, thinks Kofi Mensah, editor of Wire Pulse Magazine. "We expect these figures to leap next year because prices keep dropping," he said.`);
    expect(speakerOf(qs, 'figures to leap')).toBe('Kofi Mensah');
  });
});
