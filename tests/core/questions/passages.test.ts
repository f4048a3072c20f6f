import { describe, expect, it } from 'vitest';
import { PASSAGE_LIMITS, pickPassages } from '../../../src/core/questions/passages.js';

const texts = (m: string) => pickPassages(m).passages.map((p) => p.text);

describe('pickPassages: what "Verify quote" checks in a posted message', () => {
  it('takes the words between quotation marks, without the marks or the comma before the closing one', () => {
    const r = pickPassages('Kirby told reporters, “We recognise al-Nusra as a spoiler,” and left.');
    expect(r.from).toBe('quoted');
    expect(texts('Kirby told reporters, “We recognise al-Nusra as a spoiler,” and left.')).toEqual(['We recognise al-Nusra as a spoiler']);
    expect(texts('He said "the ferry subsidy costs less than a bridge" on Tuesday')).toEqual(['the ferry subsidy costs less than a bridge']);
    expect(texts('Er sagte „wir schaffen das nicht allein“ gestern')).toEqual(['wir schaffen das nicht allein']);
    expect(texts('Il a dit «nous ne négocierons pas» hier')).toEqual(['nous ne négocierons pas']);
  });

  it('keeps several passages in order, each once', () => {
    const m = '"We will stay open until ten" said one, "reading rooms were full every evening" said the other, and again "We will stay open until ten"';
    expect(texts(m)).toEqual(['We will stay open until ten', 'reading rooms were full every evening']);
  });

  it('passes over scare quotes and reads the whole message when nothing longer is quoted', () => {
    const r = pickPassages('Kirby called the group a “spoiler” again today in Geneva');
    expect(r.from).toBe('whole');
    expect(r.passages).toEqual([{ text: 'Kirby called the group a “spoiler” again today in Geneva', cut: false }]);
    // A scare quote beside a real quote: only the real one.
    expect(texts('the “moderate” rebels, he said, are “not separating from the terrorists at all”')).toEqual(['not separating from the terrorists at all']);
  });

  it('reads apostrophes as apostrophes, and ‘...’ as a quote only around whole words', () => {
    expect(pickPassages("we don't think it's over, the coach's view is clear").from).toBe('whole');
    expect(texts('She said ‘we don’t want the ships to wait’ twice')).toEqual(['we don’t want the ships to wait']);
    // Straight single marks are left alone: in chat they are apostrophes far more often.
    expect(pickPassages("he said 'we will not negotiate' twice").from).toBe('whole');
  });

  it('keeps a quote inside a quote as part of the outer one', () => {
    expect(texts('“He told me ‘never again’ and walked out of the room”')).toEqual(['He told me ‘never again’ and walked out of the room']);
  });

  it('runs a mark left open to the end of its line', () => {
    expect(texts('Adeyemi: "This agreement protects night-shift pay\nsecond line here')).toEqual(['This agreement protects night-shift pay']);
  });

  it('takes block quotes without quotation marks, joining their lines; inside a block quote the marks decide', () => {
    expect(texts('look at this\n> Nobody on the islands should be cut off\n> because the weather turns\nreal?')).toEqual(['Nobody on the islands should be cut off because the weather turns']);
    expect(texts('> “We never wanted the ships to wait,” Adeyemi told the press.')).toEqual(['We never wanted the ships to wait']);
    expect(texts('fwd:\n>>> Students need a warm, quiet place to study\nafter school')).toEqual(['Students need a warm, quiet place to study after school']);
  });

  it('says when there is nothing to check', () => {
    for (const m of ['', '   \n  ', '“ ”', '!!! ??? …', '> ']) expect(pickPassages(m)).toMatchObject({ from: 'empty', passages: [], skipped: 0 });
  });

  it('checks at most maxPassages passages and counts the rest', () => {
    const m = Array.from({ length: 8 }, (_, i) => `“passage number ${i} has words”`).join(' and ');
    const r = pickPassages(m);
    expect(r.passages.map((p) => p.text)).toEqual(Array.from({ length: PASSAGE_LIMITS.maxPassages }, (_, i) => `passage number ${i} has words`));
    expect(r.skipped).toBe(8 - PASSAGE_LIMITS.maxPassages);
  });

  it('reads only the start of a huge message and cuts a long passage at a word', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const r = pickPassages(words);
    expect(r.truncated).toBe(true);
    expect(r.from).toBe('whole');
    const [p] = r.passages;
    expect(p!.cut).toBe(true);
    expect(p!.text.length).toBeLessThanOrEqual(PASSAGE_LIMITS.passageChars);
    expect(words.startsWith(p!.text)).toBe(true);
    expect(words.charAt(p!.text.length)).toBe(' ');
    expect(pickPassages('short message here').truncated).toBe(false);
  });

  it('drops invisible and control characters, so they neither split words nor reach a screen', () => {
    expect(texts('“Nobody on the is\u200Blands should be \u202Ecut off\u0007”')).toEqual(['Nobody on the islands should be cut off']);
  });

  it('stays linear on runs of marks (no backtracking): 4000 of each mark is read at once', () => {
    for (const mark of ['"', '“', '„', '‘', '’', '>', ',', ' ']) {
      const r = pickPassages(mark.repeat(4000) + 'x');
      expect(['empty', 'whole', 'quoted']).toContain(r.from);
    }
  });
});
