import { fold } from '../search/tokenize.js';
import { NAME_PREFIXES } from '../extraction/lexicon/titles.js';
import { withoutOpeningArticle } from '../extraction/lexicon/function-words.js';
import { genderOfGivenName } from '../extraction/lexicon/given-names.js';

/** Titles and honorifics that precede a name but are not part of it (declared with the extractor's titles). */
export { NAME_PREFIXES };

/** Lower-case, accent-free name words without honorifics: "Gen. Joseph Dunford" -> ["joseph", "dunford"]. */
export function nameWords(name: string): string[] {
  const ws = fold(name)
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map(trimJoiners)
    .filter(Boolean);
  let i = 0;
  while (i < ws.length - 1 && NAME_PREFIXES.has(ws[i] as string)) i++;
  return ws.slice(i);
}

/**
 * The words of a speaker phrase that name somebody: without a leading article, a possessive, or a word after the
 * name that says what is wanted rather than who ("Wiliams quote", "Gamage's comments").
 */
export function namePart(phrase: string): string {
  // Split, not a pattern anchored at the end: "\s+word$" backtracks quadratically on long runs of spaces.
  const ws = phrase.trim().split(/\s+/);
  if (ws.length > 1 && WANTED.has((ws.at(-1) as string).toLowerCase())) ws.pop();
  return withoutOpeningArticle(ws.join(' ').replace(/['’]s$/i, '')).trim();
}

/** Words after a name that say what is wanted of the speaker. */
const WANTED: ReadonlySet<string> = new Set(['quote', 'quotes', 'comment', 'comments', 'remarks', 'statement', 'statements', 'words', 'views', 'take']);

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
  return surnameOf(nameWords(name));
}

/** `surname` of name words already read (`nameWords`). */
export function surnameOf(nameWords: readonly string[]): string | undefined {
  for (let i = nameWords.length - 1; i >= 0; i--) if (!/^(jr|sr|ii|iii|iv)$/.test(nameWords[i] as string)) return nameWords[i];
  return undefined;
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

/** Common English short forms of first names, both ways ("Bill" is William, "Kate" is Katherine). */
const NICKNAMES: readonly (readonly string[])[] = [
  ['william', 'bill', 'will', 'billy', 'willie', 'liam'], ['robert', 'bob', 'rob', 'bobby', 'robbie', 'bert'], ['richard', 'dick', 'rick', 'rich', 'richie'],
  ['james', 'jim', 'jimmy', 'jamie'], ['john', 'jack', 'johnny', 'jon'], ['michael', 'mike', 'mick', 'mickey'], ['thomas', 'tom', 'tommy'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'], ['charles', 'charlie', 'chuck'], ['joseph', 'joe', 'joey'], ['anthony', 'tony'], ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy'], ['christopher', 'chris'], ['nicholas', 'nick', 'nicky'], ['matthew', 'matt'], ['andrew', 'andy', 'drew'],
  ['stephen', 'steve', 'steven'], ['benjamin', 'ben'], ['alexander', 'alex', 'sandy'], ['samuel', 'sam'], ['peter', 'pete'], ['gerald', 'gerry', 'jerry'],
  ['donald', 'don'], ['ronald', 'ron', 'ronnie'], ['kenneth', 'ken', 'kenny'], ['lawrence', 'larry'], ['timothy', 'tim'], ['frederick', 'fred', 'freddie'],
  ['elizabeth', 'liz', 'beth', 'betty', 'lizzie', 'eliza'], ['katherine', 'kate', 'kathy', 'katie', 'catherine', 'cathy', 'kath'], ['margaret', 'maggie', 'meg', 'peggy'],
  ['jennifer', 'jen', 'jenny'], ['patricia', 'pat', 'patty', 'trish'], ['susan', 'sue', 'suzy'], ['deborah', 'debbie', 'deb'], ['rebecca', 'becky'],
  ['alexandra', 'alex', 'sandra'], ['victoria', 'vicky', 'tori'], ['christine', 'chris', 'christina', 'tina'], ['theodore', 'ted', 'teddy', 'theo'],
  ['gregory', 'greg'], ['jeffrey', 'jeff'], ['raymond', 'ray'], ['harold', 'harry', 'hal'], ['henry', 'harry', 'hank'],
  ['philip', 'phil', 'phillip'], ['douglas', 'doug'], ['zachary', 'zach', 'zack'], ['joshua', 'josh'], ['jacob', 'jake'], ['nathan', 'nate'],
  ['nathaniel', 'nat', 'nate'], ['jonathan', 'jon', 'jonny'], ['francis', 'frank', 'frankie'], ['frances', 'fran', 'frankie'],
  ['leonard', 'len', 'lenny', 'leo'], ['vincent', 'vince', 'vinny'], ['walter', 'walt', 'wally'], ['albert', 'al', 'bert', 'bertie'],
  ['alan', 'al'], ['allan', 'al'], ['terence', 'terry'], ['patrick', 'pat', 'paddy'], ['bernard', 'bernie'], ['eugene', 'gene'],
  ['mitchell', 'mitch'], ['stuart', 'stu'], ['dominic', 'dom'], ['oliver', 'ollie'], ['maximilian', 'max'], ['maxwell', 'max'],
  ['gabriel', 'gabe'], ['clifford', 'cliff'], ['randolph', 'randy'], ['randall', 'randy'], ['rodney', 'rod'], ['gerard', 'gerry'],
  ['abigail', 'abby'], ['jessica', 'jess', 'jessie'], ['samantha', 'sam'], ['barbara', 'barb', 'barbie'], ['valerie', 'val'],
  ['kimberly', 'kim'], ['theresa', 'teresa', 'terri', 'tess'], ['nicola', 'nicky', 'nikki'], ['pamela', 'pam'], ['cynthia', 'cindy'],
  ['judith', 'judy'], ['dorothy', 'dot', 'dottie'], ['josephine', 'jo', 'josie'], ['joanna', 'jo'], ['ann', 'anne', 'annie', 'anna'],
  ['mary', 'molly'], ['sarah', 'sara', 'sally'], ['caroline', 'carol', 'carrie'], ['helen', 'nell', 'ellie'], ['eleanor', 'ellie', 'nell'],
];
const NICKNAME_GROUPS = new Map<string, Set<number>>();
NICKNAMES.forEach((group, i) => {
  for (const n of group) {
    let set = NICKNAME_GROUPS.get(n);
    if (!set) NICKNAME_GROUPS.set(n, (set = new Set()));
    set.add(i);
  }
});

/** Shortest first name read as the opening of a longer one ("Rafa" for Rafael, "Seb" for Sebastian). */
const CLIPPED_NAME = 3;

/**
 * True when a typed word may be a clipped form of this name word, its opening letters ("Rafa" Benitez is Rafael,
 * "Fede" Federico): short forms in any language the table below does not hold. Only for a word that is nobody's
 * first name (the caller's check): "Paul" is no clipped "Paula", "Carl" no "Carlos".
 */
export function clippedName(typed: string, name: string): boolean {
  return typed.length >= CLIPPED_NAME && name.length > typed.length && name.startsWith(typed);
}

/** True when a typed first name may be this name word: the same, an initial of it, or a short form of it. */
export function sameFirstName(typed: string, name: string): boolean {
  if (typed === name) return true;
  if (typed.replace(/\./g, '').length === 1) return name.startsWith(typed.replace(/\./g, ''));
  const a = NICKNAME_GROUPS.get(typed);
  const b = NICKNAME_GROUPS.get(name);
  return !!a && !!b && [...a].some((i) => b.has(i));
}

/** True when either given name may be the other (`sameFirstName` both ways): "Rich" and "Richard", "Richard" and "Rich". */
export function sameFirstNameEitherWay(a: string, b: string): boolean {
  return sameFirstName(a, b) || sameFirstName(b, a);
}

/** True when a word (any case) is a common given name of the short-forms table: "Don", "Theresa", "Anna". */
export function isCommonGivenName(word: string): boolean {
  return NICKNAME_GROUPS.has(word.toLowerCase());
}

/**
 * True when a word (any case) is a given name the project knows, from either list: one that says a gender
 * (`genderOfGivenName`: "Michelle", "Boris") or one of the short-forms table (`isCommonGivenName`: "Kim", "Jo").
 * The sign that a capitalised word opens a person's name rather than a body's or a headline's.
 */
export function isKnownGivenName(word: string): boolean {
  return genderOfGivenName(word) !== undefined || isCommonGivenName(word);
}

/**
 * Each first name of the table -> the names it is the formal or a short form of ("Vincent" of "Vince", "Edward" of
 * "Ed"): the one person signs one way and is called the other. Never two short forms: "Kate" and "Katie" are two
 * names people go by, and so no sign of one person.
 */
const FORMAL_PARTNERS = new Map<string, Set<string>>();
for (const group of NICKNAMES) {
  const formal = group[0] as string;
  for (const n of group.slice(1)) {
    for (const [x, y] of [[formal, n], [n, formal]] as const) {
      let set = FORMAL_PARTNERS.get(x);
      if (!set) FORMAL_PARTNERS.set(x, (set = new Set()));
      set.add(y);
    }
  }
}

/** The first names that are the formal or a short form of this one ("vince" -> vincent), for grouping records. */
export function formalPartners(given: string): ReadonlySet<string> {
  return FORMAL_PARTNERS.get(given) ?? NO_NAMES;
}
const NO_NAMES: ReadonlySet<string> = new Set();
