import type { ParsedQuestion } from '../questions/understand.js';
import { stem, words } from '../search/tokenize.js';
import { officeWord, qualifierForms } from '../speakers/roles.js';

/**
 * A body a role question names by two or more capitalised words ("the Universities Scotland director") is named by
 * those words together: a holder whose stated roles hold every one of them but never two side by side ("Director of
 * the Scottish Local Authority Management Centre at Strathclyde University") holds other bodies' offices, and its words
 * fitting the question's one by one made it the answer (session 34, h-qa82: a wrong speaker on the halves A). A holder
 * stating two of the words together in any role, or not all of them (the rest left for the topic to bear out), is
 * kept. The role index reads roles as word sets, so the order is read here, from the role texts of the holders matched.
 */
export function withoutScatteredBodies(parsed: ParsedQuestion): ParsedQuestion {
  const runs = capitalisedRuns(parsed.speakerPhrase ?? '');
  if (runs.length === 0 || !parsed.speakers.some((m) => m.kind === 'role')) return parsed;
  const speakers = parsed.speakers.filter((m) => m.kind !== 'role' || !runs.some((run) => scattered(run, m.speaker.roles)));
  return speakers.length === parsed.speakers.length ? parsed : { ...parsed, speakers };
}

/** Runs of two or more capitalised words before the phrase's office, each word as the index terms it may be written as. */
function capitalisedRuns(phrase: string): string[][][] {
  const office = officeWord(phrase);
  const tokens = phrase.split(/\s+/).filter(Boolean);
  const runs: string[][][] = [];
  let run: string[][] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const [i, token] of tokens.entries()) {
    const w = words(token)[0];
    // "The" opening the phrase is no word of the body; the office ends what may be its name.
    if (!w || w === office || (i === 0 && w === 'the') || !/^\p{Lu}/u.test(token) || words(token).length !== 1) {
      close();
      if (w === office) break;
      continue;
    }
    run.push([...new Set([w, ...qualifierForms(w)].map((f) => stem(f)))]);
  }
  close();
  return runs;
}

/**
 * True when some role states every word of the run and no role states two of them side by side: "GOP chairman for
 * Colorado's Jefferson County" holds "Jefferson County" of "Jefferson County GOP" (a place and a party, written in
 * another order) and is kept; "Scottish ... Strathclyde University" holds no two words of "Universities Scotland" together.
 */
function scattered(run: string[][], roles: readonly string[]): boolean {
  let all = false;
  for (const role of roles) {
    const terms = words(role).map((w) => stem(w));
    if (run.some((forms) => !terms.some((t) => forms.includes(t)))) continue;
    all = true;
    for (let i = 0; i + 1 < terms.length; i++) {
      for (let k = 0; k + 1 < run.length; k++) {
        const [a, b] = [run[k] as string[], run[k + 1] as string[]];
        const [x, y] = [terms[i] as string, terms[i + 1] as string];
        if ((a.includes(x) && b.includes(y)) || (b.includes(x) && a.includes(y))) return false;
      }
    }
  }
  return all;
}
