import { fold } from '../search/tokenize.js';

/** Titles and honorifics that precede a name but are not part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  ('mr mrs ms miss mx dr sir dame lord lady baroness baron gen general sen senator rep representative gov governor president pres ' +
    'prof professor rev reverend adm admiral col colonel lt lieutenant capt captain cmdr commander sgt sergeant maj major judge justice ' +
    'minister chancellor secretary chairman chairwoman mayor the st mp father sister brother rabbi imam sheikh king queen prince princess')
    .split(' '),
);

/** Lower-case, accent-free name words without honorifics: "Gen. Joseph Dunford" -> ["joseph", "dunford"]. */
export function nameWords(name: string): string[] {
  const ws = fold(name)
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map(trimJoiners)
    .filter(Boolean);
  let i = 0;
  while (i < ws.length - 1 && HONORIFICS.has(ws[i] as string)) i++;
  return ws.slice(i);
}

/** A name word without the apostrophes and hyphens around it ("'Kirby-" -> "Kirby"), by scanning (no backtracking). */
function trimJoiners(w: string): string {
  const joiner = (c: string | undefined) => c === "'" || c === '’' || c === '-';
  let a = 0;
  let b = w.length;
  while (a < b && joiner(w[a])) a++;
  while (b > a && joiner(w[b - 1])) b--;
  return w.slice(a, b);
}

/** The family name used to match a surname alone ("Kirby" for "John Kirby"; "al-Assad" for "Bashar al-Assad"). */
export function surname(name: string): string | undefined {
  const ws = nameWords(name).filter((w) => !/^(jr|sr|ii|iii|iv)$/.test(w));
  return ws.at(-1);
}

/** Stable registry id of a canonical name: the same name in any article is the same speaker. */
export function speakerIdFor(name: string, isOrganisation: boolean): string {
  const base = fold(name)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') // one dash at most each end: the runs are one dash by now
    .slice(0, 80);
  return (isOrganisation ? 'org:' : '') + (base || 'unknown');
}
