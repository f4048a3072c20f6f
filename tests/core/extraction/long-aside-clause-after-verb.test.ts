import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './helpers.js';

/*
 * Session 36 (h-attr92): "NAME, who ... (an aside longer than 24 tokens) ..., said OTHER "lower-case quoted words"":
 * the clause after the verb (a name, then words that go on its clause) means the verb is not inverted, so its subject
 * is NAME before it however long the aside; OTHER is named inside the reported clause and is never the speaker.
 */
const LEDE = 'Tory MP Alan Hale has criticised the minister Peter Crane over the row.\n\n';
const LONG_ASIDE = 'who was forced to resign last year over a column in the paper he edits about farmers grieving over the loss of the old mill at Dunmore';

describe('a long aside before ", said NAME" followed by a clause', () => {
  it('"However, Mr Hale, who ... (long), said Mr Crane "should ..."": Hale, not Crane', () => {
    const qs = extract(`${LEDE}However, Mr Hale, ${LONG_ASIDE}, said Mr Crane "should keep out of" the row.`);
    expect(speakerOf(qs, 'should keep out of')).toBe('Alan Hale');
  });

  it('"Mr Hale, who ... (long), said Mr Crane should go": Hale speaks the indirect clause', () => {
    const qs = extract(`${LEDE}Mr Hale, ${LONG_ASIDE}, said Mr Crane should go. "I see no reason for this," Mr Hale told reporters.`);
    const clause = qs.find((q) => q.kind !== 'direct' && q.text.includes('should go'));
    expect(clause?.speaker?.name).toBe('Alan Hale');
    expect(speakerOf(qs, 'I see no reason')).toBe('Alan Hale');
  });

  it('a description after it is not bound to the name inside the clause', () => {
    const qs = extract(`${LEDE}However, Mr Hale, ${LONG_ASIDE}, said Mr Crane "should keep out of" the row. "I see no reason for the minister to get involved," the Dunmore editor told the radio.`);
    expect(speakerOf(qs, 'I see no reason')).not.toBe('Peter Crane');
  });

  it('"..., said NAME, the ROLE." still reads the name after the verb as the speaker', () => {
    const qs = extract(`${LEDE}The mill will stay shut for now, and the council will meet again in the spring to look at the old plans for the site by the river, said Peter Crane, the minister.`);
    const clause = qs.find((q) => q.text.includes('mill will stay shut'));
    expect(clause?.speaker?.name).toBe('Peter Crane');
  });

  it('only a name opening the sentence: a possessive\'s owner or a name after "to" deep in the aside is no speaker', () => {
    const own = extract(`${LEDE}A Dunmore Herald reporter Nora Vell's contact inside the mill, a worker who feared losing her job at the end of the long season and asked not to be named in the paper, said that the minister's claim is "simply not true."`);
    expect(speakerOf(own, 'simply not true')).not.toBe('Nora Vell');
    const to = extract(`${LEDE}In a March letter to Ivo Brandt, who was then the acting head of the county farming board at the time of the floods and Lena Moss, the board's treasurer, said they would "send two more inspectors" to the mill.`);
    expect(speakerOf(to, 'send two more inspectors')).not.toBe('Ivo Brandt');
  });
});
