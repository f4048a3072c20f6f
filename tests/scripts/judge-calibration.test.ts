import { describe, expect, it } from 'vitest';
import { headOf, labelOf, parseJudged, scoreJudged, type RunQuote } from '../../scripts/judge-calibration.js';

const HEADER = 'article\thalf\tquote_start\tquote_head\tpredicted_speaker\tconfidence\tjudgement\tright_speaker';
const tsv = [
  HEADER,
  'news/one.txt\tA\t10\tWe will build the bridge by spring,\tMaria Okafor\t0.97\tright\t',
  'news/one.txt\tA\t80\tNobody asked us.\tMaria Okafor\t0.95\twrong\tTom Reyes',
  'news/one.txt\tA\t140\tNobody asked us.\tTom Reyes\t0.6\tright\t',
  'news/two.txt\tB\t5\tIt was a fair price,\ta spokesman\t0.8\tunnamed-ok\ta spokesman for the port',
  'news/two.txt\tB\t50\tSea Fever\tTom Reyes\t0.3\tno-speech\tsong title',
].join('\n');

const quote = (text: string, start: number, speaker: string | null, confidence: number, kind = 'direct'): RunQuote => ({ text, start, speaker, confidence, kind });

describe('judge-calibration', () => {
  it('reads every judged row and refuses an unknown verdict', () => {
    const rows = parseJudged(tsv);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatchObject({ article: 'news/one.txt', half: 'A', start: 80, predicted: 'Maria Okafor', judgement: 'wrong', rightSpeaker: 'Tom Reyes' });
    expect(() => parseJudged(`${HEADER}\nnews/one.txt\tA\t1\tx\ty\t0.5\tmaybe\t`)).toThrow(/maybe/);
  });

  it('keeps the confidence main gave when the set was packed (the unseen-text record), NaN when the cell is empty', () => {
    const rows = parseJudged(tsv);
    expect(rows.map((r) => r.packedConfidence)).toEqual([0.97, 0.95, 0.6, 0.8, 0.3]);
    expect(parseJudged(`${HEADER}\nnews/one.txt\tA\t1\tx\ty\t\tright\t`)[0]!.packedConfidence).toBeNaN();
  });

  it('keeps a verdict only for the speaker it was given to', () => {
    const [right, wrong] = parseJudged(tsv);
    expect(labelOf(right!, 'Maria Okafor')).toEqual({ y: 1, why: 'right' });
    expect(labelOf(wrong!, 'Maria Okafor')).toEqual({ y: 0, why: 'wrong' });
    expect(labelOf(wrong!, 'Tom Reyes')).toEqual({ y: 1, why: 'now right' });
    expect(labelOf(right!, 'Tom Reyes').y).toBeNull();
    expect(labelOf(wrong!, null).y).toBeNull();
  });

  it('matches quotes by article and opening, the same opening by the nearest start, and skips unlabelled verdicts', () => {
    const runs = [
      { file: '/corpus/news/one.txt', quotes: [
        quote('We will build the bridge\nby spring,', 12, 'Maria Okafor', 0.97),
        quote('Nobody   asked us.', 142, 'Tom Reyes', 0.55),
        quote('Nobody asked us.', 81, 'Maria Okafor', 0.96),
        quote('a reported clause', 200, 'Tom Reyes', 0.9, 'indirect'),
        quote('A new quote nobody judged', 300, 'Tom Reyes', 0.9),
      ] },
      { file: '/corpus/news/two.txt', quotes: [quote('It was a fair price,', 5, 'a spokesman', 0.91), quote('Sea Fever', 50, 'Tom Reyes', 0.3)] },
    ];
    const s = scoreJudged(parseJudged(tsv), runs, 0.9);
    expect(s.labelled).toEqual([{ y: 1, p: 0.97 }, { y: 0, p: 0.96 }, { y: 1, p: 0.55 }]);
    expect(s.articles).toBe(2);
    expect(s.unmatched).toBe(1);
    expect(s.unlabelledSure).toBe(1);
    expect(Object.fromEntries(s.counts)).toEqual({ right: 2, wrong: 1, 'unnamed-ok': 1, 'no-speech': 1 });
  });

  it('counts a judged article missing from the run', () => {
    const s = scoreJudged(parseJudged(tsv), [], 0.9);
    expect(s.labelled).toEqual([]);
    expect(s.counts.get('article not in the run')).toBe(5);
  });

  it('compares openings with whitespace collapsed, 60 characters long', () => {
    expect(headOf('  a\n b ' + 'x'.repeat(100))).toBe(('a b ' + 'x'.repeat(100)).slice(0, 60));
  });
});
