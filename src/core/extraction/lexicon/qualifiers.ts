/**
 * Qualifiers of a person or an office that a description must agree with (issue 13, item 1): the US state ("the
 * Florida senator", "Sen. Marco Rubio (R-Fla.)", "Sen. Ted Cruz of Texas"), the party ("the Democratic nominee",
 * "Republican Donald Trump") and the nationality ("The Turkish president", "French foreign ministry"). Each is
 * read as one key per class (`st:florida`, `p:r`, `n:french`) so that a description and what the article states of
 * a candidate can be compared: two keys of one class that differ are two different people.
 */
import { set } from './words.js';
import { DEMONYMS, nationalityOf } from './demonyms.js';

/** Full state names and AP / postal abbreviations, lower-case without full stops, to the full name. */
const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ala: 'alabama', al: 'alabama', ak: 'alaska', ariz: 'arizona', az: 'arizona', ark: 'arkansas', ar: 'arkansas',
  calif: 'california', ca: 'california', colo: 'colorado', co: 'colorado', conn: 'connecticut', ct: 'connecticut',
  del: 'delaware', de: 'delaware', fla: 'florida', fl: 'florida', ga: 'georgia', hi: 'hawaii', id: 'idaho',
  ill: 'illinois', il: 'illinois', ind: 'indiana', in: 'indiana', ia: 'iowa', kan: 'kansas', kans: 'kansas', ks: 'kansas',
  ky: 'kentucky', la: 'louisiana', me: 'maine', md: 'maryland', mass: 'massachusetts', ma: 'massachusetts',
  mich: 'michigan', mi: 'michigan', minn: 'minnesota', mn: 'minnesota', miss: 'mississippi', ms: 'mississippi',
  mo: 'missouri', mont: 'montana', mt: 'montana', neb: 'nebraska', ne: 'nebraska', nev: 'nevada', nv: 'nevada',
  nh: 'new hampshire', nj: 'new jersey', nm: 'new mexico', ny: 'new york', nc: 'north carolina', nd: 'north dakota',
  okla: 'oklahoma', ok: 'oklahoma', ore: 'oregon', or: 'oregon', pa: 'pennsylvania', ri: 'rhode island',
  sc: 'south carolina', sd: 'south dakota', tenn: 'tennessee', tn: 'tennessee', tex: 'texas', tx: 'texas', ut: 'utah',
  vt: 'vermont', va: 'virginia', wash: 'washington', wa: 'washington', wva: 'west virginia', wv: 'west virginia',
  wis: 'wisconsin', wi: 'wisconsin', wyo: 'wyoming', wy: 'wyoming',
};

/** The states by their full names (one word; two-word names are read as a pair). */
const STATE_NAMES = set(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
wisconsin wyoming`);

/** The first words of two-word state names, to the second words they take. */
const STATE_PAIRS: Readonly<Record<string, readonly string[]>> = {
  new: ['hampshire', 'jersey', 'mexico', 'york'], north: ['carolina', 'dakota'], south: ['carolina', 'dakota'],
  rhode: ['island'], west: ['virginia'],
};

/**
 * Party words to one key per party ("GOP" and "Republican" are one party): the one party list, read by extraction
 * (`qualifierKeys`, capitalised words) and by the role index (`speakers/roles.ts`, a role's words).
 */
const PARTIES: Readonly<Record<string, string>> = {
  democrat: 'd', democrats: 'd', democratic: 'd', republican: 'r', republicans: 'r', gop: 'r', libertarian: 'l',
  labour: 'lab', tory: 'con', tories: 'con', conservative: 'con', conservatives: 'con', ukip: 'ukip', snp: 'snp',
  liberal: 'ld',
};

/**
 * The party a lower-case word names ("gop" -> r, "tories" -> con, "liberal" -> ld), or undefined. A role's "Lib Dem
 * leader" reads as liberal + democrat; extraction reads "Liberal" only before "Democrat" (`qualifierKeys`).
 */
export function partyKey(word: string): string | undefined {
  return Object.hasOwn(PARTIES, word) ? PARTIES[word] : undefined;
}

/** A state written as a full name or an abbreviation ("Fla.", "W.Va", "VT"), as its full lower-case name. */
export function stateOf(word: string): string | undefined {
  const lw = word.toLowerCase().replace(/\./g, '');
  if (STATE_NAMES.has(lw)) return lw;
  return STATE_ABBREVIATIONS[lw];
}

/** The two-word state that `first second` spells ("New York"), or undefined. */
export function stateOfPair(first: string, second: string): string | undefined {
  const f = first.toLowerCase();
  const s = second.toLowerCase();
  return STATE_PAIRS[f]?.includes(s) ? `${f} ${s}` : undefined;
}

/**
 * A party and state tag written after a US politician's name ("R-Fla.", "D-N.Y", "I-VT", "R-Texas"): its party and
 * state keys, or undefined when the word is no such tag.
 */
export function partyStateTag(word: string): string[] | undefined {
  const m = /^([RDI])-(\p{Lu}[\p{L}.]*)$/u.exec(word);
  if (!m) return undefined;
  const st = stateOf(m[2]!);
  if (!st) return undefined;
  return [`p:${m[1]!.toLowerCase()}`, `st:${st}`];
}

/**
 * The qualifier keys of capitalised words ("The Florida senator" -> `st:florida`; "Democratic presidential
 * nominee" -> `p:d`; "U.S. Vice President" -> `n:american`). Lower-case words never count ("democratic reforms").
 * "Liberal Democrat" is its own party, not the Democrats.
 */
export function qualifierKeys(words: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/['’]s$/, '').replace(/[,;:]$/, '');
    if (!/^\p{Lu}/u.test(w)) continue;
    const lw = w.toLowerCase();
    const pair = i + 1 < words.length ? stateOfPair(w, words[i + 1]!.replace(/[,;:]$/, '')) : undefined;
    if (pair) { keys.add(`st:${pair}`); i++; continue; }
    // "The Lib Dem leader", "Lib Dems": the Liberal Democrats' short form (a lone "Dem" is no key).
    if (lw === 'lib' && /^Dems?$/.test(words[i + 1]?.replace(/['’]s$/, '').replace(/[,;:]$/, '') ?? '')) { keys.add('p:ld'); i++; continue; }
    if (STATE_NAMES.has(lw) && lw !== 'washington' && lw !== 'georgia') keys.add(`st:${lw}`);
    // A lone "Liberal" (the Liberal Party, another country's Liberals) is no key: only "Liberal Democrat" is.
    const party = lw === 'liberal' ? undefined : partyKey(lw);
    if (party) keys.add(party === 'd' && words[i - 1]?.toLowerCase() === 'liberal' ? 'p:ld' : `p:${party}`);
    if (w === 'U.S.' || w === 'US' || w === 'U.S') keys.add('n:american');
    else if (lw !== 'georgian') {
      const n = nationalityOf(lw) ?? (DEMONYMS.has(lw) ? lw : undefined);
      if (n) keys.add(`n:${n}`);
    }
  }
  return keys;
}

/**
 * Two sets of qualifier keys disagree: for some class (state, party, nationality) both state a value and they share
 * none ("the Florida senator" and "Texas Sen. Ted Cruz").
 */
export function qualifiersDisagree(desc: ReadonlySet<string>, stated: ReadonlySet<string>): boolean {
  for (const cls of ['st:', 'p:', 'n:']) {
    let d = false;
    let shared = false;
    for (const k of desc) if (k.startsWith(cls)) { d = true; if (stated.has(k)) shared = true; }
    if (!d || shared) continue;
    for (const k of stated) if (k.startsWith(cls)) return true;
  }
  return false;
}

/** Every class the description states has a value in `stated` that agrees. */
export function qualifiersAgree(desc: ReadonlySet<string>, stated: ReadonlySet<string>): boolean {
  if (desc.size === 0) return false;
  for (const k of desc) if (!stated.has(k)) return false;
  return true;
}
