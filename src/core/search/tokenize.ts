import { stemmer } from 'stemmer';
import { withoutInvisible } from '../text/invisible.js';

/**
 * Tokenizing and normalizing, shared by indexing and questions so both sides agree on every term.
 * Linear in the input; no regex backtracking.
 */

/** Words too common to carry meaning in a question or a quote. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been being but by can could did do does doing for from had has have having he her hers him his how i if in ' +
    'into is it its itself just me more most my no nor not of off on once only or other our ours out over own same she should so ' +
    'some such than that the their theirs them then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours about against also any again all each few both ' +
    'here s t don doesn isn wasn weren won wouldn couldn shouldn ve ll re d m o y ain aren hadn hasn haven mightn mustn needn shan ' +
    // "said" and its forms are in nearly every news paragraph; other speech words ("talks", "statement") can be topics.
    'said say says saying anything something thing things regarding re via per')
    .split(/\s+/),
);

/**
 * Lower-cases, folds compatibility forms and strips accents ("Hollande", "Hôllande" -> "hollande") and invisible
 * characters ("Kir\u200Bby" -> "kirby"), so names and words match however they were typed or pasted.
 */
export function fold(s: string): string {
  return withoutInvisible(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Splits text into lower-case word tokens (letters and digits). Dotted acronyms collapse ("U.S." -> "us",
 * "U.N." -> "un") so they meet their undotted spelling; apostrophes inside words are dropped ("don't" -> "dont").
 */
export function words(text: string): string[] {
  const out: string[] = [];
  const s = fold(text);
  let cur = '';
  let acronym = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const code = s.charCodeAt(i);
    const isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && /[\p{L}\p{N}]/u.test(ch));
    if (isWordChar) {
      cur += ch;
      continue;
    }
    // "u.s." : a single letter followed by a dot and another single letter continues an acronym
    if (ch === '.' && cur.length >= 1 && (cur.length === 1 || acronym) && /^[a-z]$/.test(s[i + 1] ?? '') && !/[a-z]/.test(s[i + 2] ?? '')) {
      acronym = true;
      continue;
    }
    if ((ch === "'" || ch === '\u2019') && cur && /[a-z]/.test(s[i + 1] ?? '')) {
      // possessive 's is dropped; other inner apostrophes join ("don't" -> "dont")
      if (s[i + 1] === 's' && !/[a-z]/.test(s[i + 2] ?? '')) {
        i++;
        continue;
      }
      continue;
    }
    if (cur) out.push(cur);
    cur = '';
    acronym = false;
  }
  if (cur) out.push(cur);
  return out;
}

const stemCache = new Map<string, string>();

/** British spellings folded to American ones so "defence" meets "defense" and "organise" meets "organize". */
const SPELLING: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'], ['offence', 'offense'], ['licence', 'license'], ['programme', 'program'], ['programmes', 'programs'],
  ['centre', 'center'], ['centres', 'centers'], ['theatre', 'theater'], ['metre', 'meter'], ['litre', 'liter'], ['cheque', 'check'],
  ['tyre', 'tire'], ['grey', 'gray'], ['aluminium', 'aluminum'], ['manoeuvre', 'maneuver'], ['judgement', 'judgment'],
]);

/** Irregular verb forms the Porter stemmer cannot reach ("lost" -> "lose", "won" -> "win"). */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    lost: 'lose', won: 'win', took: 'take', taken: 'take', gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come',
    made: 'make', saw: 'see', seen: 'see', knew: 'know', known: 'know', thought: 'think', began: 'begin', begun: 'begin',
    brought: 'bring', bought: 'buy', fought: 'fight', held: 'hold', kept: 'keep', left: 'leave', met: 'meet', paid: 'pay',
    ran: 'run', sold: 'sell', sent: 'send', stood: 'stand', struck: 'strike', taught: 'teach', wore: 'wear', fell: 'fall',
    fallen: 'fall', felt: 'feel', found: 'find', led: 'lead', meant: 'mean', rose: 'rise', risen: 'rise', chose: 'choose',
    chosen: 'choose', broke: 'break', broken: 'break', drove: 'drive', driven: 'drive', grew: 'grow', grown: 'grow',
    shot: 'shoot', spent: 'spend', threw: 'throw', thrown: 'throw', understood: 'understand', wrote: 'write', written: 'write',
    spoke: 'speak', spoken: 'speak', built: 'build', caught: 'catch', cut: 'cut', dealt: 'deal', drew: 'draw', drawn: 'draw',
    forgot: 'forget', forgotten: 'forget', hid: 'hide', hidden: 'hide', sought: 'seek', sank: 'sink', sunk: 'sink', stole: 'steal',
    stolen: 'steal', swore: 'swear', sworn: 'swear', withdrew: 'withdraw', withdrawn: 'withdraw', froze: 'freeze', frozen: 'freeze',
    children: 'child', men: 'man', women: 'woman', people: 'people', mice: 'mouse', feet: 'foot', teeth: 'tooth',
  }),
);

function americanize(w: string): string {
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  const fixed = SPELLING.get(w);
  if (fixed) return fixed;
  if (w.length > 5) {
    if (w.endsWith('our') || w.endsWith('ours')) return w.replace(/our(s?)$/, 'or$1'); // labour, favour
    if (w.endsWith('ourite') || w.endsWith('ourable')) return w.replace(/our(ite|able)$/, 'or$1');
    const m = /^(.{3,})is(e|es|ed|ing|ation|ations)$/.exec(w); // organise, privatisation
    if (m) return `${m[1]}iz${m[2]}`;
  }
  return w;
}

/** Porter stem of one lower-case word, cached (the vocabulary of news is small). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? word : word.length <= 3 ? IRREGULAR.get(word) ?? word : stemmer(americanize(word));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Index terms of a text: stemmed words without stop words, in order (duplicates kept). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOP_WORDS.has(w)) out.push(stem(w));
  return out;
}

/**
 * A word that is a pronoun or verb with its contracted ending: "I'd", "we'll", "they've", "I'm", "you're", "don't".
 * Tested on one word at a time, anchored: unanchored over a whole text, the letters before a missing apostrophe are
 * retried from every start, quadratic in a long run of letters (a hostile paste).
 */
const CONTRACTED_WORD = /^\p{L}+['’](?:d|ll|ve|m|re|t)$/iu;
const NOT_WORD = /[^\p{L}'’]+/u;

/**
 * The index terms a text's contractions make ("I'd" -> "id", "don't" -> "dont", "I'll" -> "ill"): grammar, not
 * content, yet rare enough in the index to weigh like a name. A pasted line is compared on its other terms.
 */
export function contractionTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(text).split(NOT_WORD)) if (CONTRACTED_WORD.test(w)) for (const t of indexTerms(w)) out.add(t);
  return out;
}
