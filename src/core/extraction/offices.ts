/**
 * Reading offices: the role words before a name, the office a description names, whom it serves ("a spokesman
 * for the Harbour Board"), the body it speaks for, and the state / party / nationality qualifiers a description
 * or a name states, which must agree with the person a description binds to. Moved from people.ts (session 21), unchanged.
 */
import { isTitleStop, possessorOf } from './mention-words.js';
import { tokenize, type Token } from './tokens.js';
import { officeOfPlace } from './names.js';
import { OFFICE_TITLES, HONORIFICS, DETERMINERS, ORG_WORDS, SERVES_PREPOSITIONS, SERVING_OFFICES, FUNCTION_WORDS, GENERIC_ORG, INDEFINITE_DETERMINERS, isNameJoiner, isOrgKind, isRole, isSpeechVerb, partyStateTag, qualifierKeys, qualifiersDisagree, stateOf, stateOfPair, PRONOUNS, STOP_DESC, PLURAL_ROLES, isWeekday, withoutOpeningArticle, ROLE_QUALIFIERS } from './lexicon/index.js';
import type { Person } from './person.js';

/**
 * Where the role words before a name (tokens `from`..`name`, exclusive, found by walking back over lower-case role
 * words and then capitalised qualifiers) really open, when the article writes more of them:
 * - "ABN Amro chief Asian strategist Eddie Wong": an office word before the capitalised qualifiers, and the
 *   capitalised body before it (the walk stopped at "chief": the role was "Asian strategist", its body lost);
 * - "Meanwhile, United's chief executive David Gill said": the possessor of one or two capitalised words names whose
 *   office it is (the walk stopped at the "'s": the role was a bare "chief executive").
 * Only when the words already read hold an office; at most eight words before the name in all.
 */
export function roleOpening(ts: readonly Token[], from: number, name: number): number {
  let holdsOffice = false;
  for (let k = from; k < name; k++) if (!ts[k]!.cap && isRole(ts[k]!.lw)) { holdsOffice = true; break; }
  if (!holdsOffice) return from;
  const office = ts[from - 1];
  if (from < name && ts[from]!.cap && office?.kind === 'word' && !office.cap && isRole(office.lw) && !PLURAL_ROLES.has(office.lw)) {
    let a = from - 1;
    while (a > 0 && a > name - 8 && ts[a - 1]?.kind === 'word' && ts[a - 1]!.cap && !isWeekday(ts[a - 1]!.lw)) a--;
    if (a < from - 1) from = a;
  }
  if (ts[from - 1]?.w === "'s") {
    // The whole name or none: "Transport & General Worker's", "Wall Street Journal's" run on before two words.
    const owner = possessorOf(ts, from - 1);
    const before = ts[from - 1 - owner.length];
    const cut = before?.w === '&' || (before?.kind === 'word' && (before.cap || (isNameJoiner(before.lw) && before.lw !== 'the')));
    if (owner.length && !cut && owner[0]!.w.length > 1 && name - (from - owner.length) <= 8) from -= owner.length;
  }
  return from;
}

/** Longest first office read before "and", in words ("former Pennsylvania Gov."). */
const MAX_FIRST_OFFICE = 5;

/**
 * "Nortel president and chief executive Bill Owens", "former Pennsylvania Gov. and Democratic National Committee
 * Chairman Ed Rendell": a first office joined by "and" to the role words read before the name (tokens `from`..`name`,
 * exclusive; the run `name`..`end` holds the name) is the same person's second office, and the role opens with it.
 * The first office ends in a singular lower-case role noun, or in an abbreviated title and its stop ("Gov."), which
 * no second person's name follows ("the mayor and Bill Ford" are two people: an office must follow "and"). Its
 * qualifiers are read back as the role words before a name are: lower-case office words and qualifiers, capitalised
 * words (the body or place), and "former" before them.
 */
export function joinedOfficeOpening(ts: readonly Token[], from: number, name: number, end: number): number {
  const and = ts[from - 1];
  if (and?.kind !== 'word' || and.lw !== 'and') return from;
  let holdsOffice = false;
  for (let k = from; k < end; k++) if (ts[k]!.kind === 'word' && isRole(ts[k]!.lw)) { holdsOffice = true; break; }
  if (!holdsOffice) return from;
  let last = from - 2;
  const closing = ts[last];
  if (isTitleStop(ts, last, true)) last--;
  else if (!(from < name && closing?.kind === 'word' && !closing.cap && isRole(closing.lw) && !PLURAL_ROLES.has(closing.lw))) return from;
  // ("Standing alongside labor leader and ...": a qualifying word only right before an office word, "labor leader".)
  const low = (j: number): boolean => {
    const t = ts[j];
    return t?.kind === 'word' && !t.cap && (isRole(t.lw) || ROLE_QUALIFIERS.has(t.lw) || (qualifiesRoleNoun(t) && ts[j + 1]?.kind === 'word' && isRole(ts[j + 1]!.lw)));
  };
  let a = last;
  while (a > 0 && a > last - MAX_FIRST_OFFICE && low(a - 1)) a--;
  while (a > 0 && a > last - MAX_FIRST_OFFICE && ts[a - 1]?.kind === 'word' && ts[a - 1]!.cap && !isWeekday(ts[a - 1]!.lw) && !DETERMINERS.has(ts[a - 1]!.lw)) a--;
  while (a > 0 && a > last - MAX_FIRST_OFFICE && ts[a - 1]?.kind === 'word' && !ts[a - 1]!.cap && ROLE_QUALIFIERS.has(ts[a - 1]!.lw)) a--;
  return a;
}

/** Participles that qualify an office rather than act in the sentence. */
const PARTICIPLE_QUALIFIERS = new Set(['managing', 'leading', 'founding', 'ruling', 'governing', 'presiding', 'elected', 'retired', 'best-selling', 'award-winning']);

/**
 * A lower-case word before a role noun that says what the role is of ("usability" guru, "aviation" analyst): not a
 * function word, a determiner, a pronoun, a verb of speech or an adverb ("says", "the", "also", "reportedly").
 */
export function qualifiesRoleNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap || t.lw.length < 3 || t.lw.endsWith('ly')) return false;
  // A participle is more often a verb of the sentence ("reporters covering singer X", "joined fellow stars").
  if (/(?:ing|ed)$/.test(t.lw) && !PARTICIPLE_QUALIFIERS.has(t.lw)) return false;
  return !FUNCTION_WORDS.has(t.lw) && !DETERMINERS.has(t.lw) && !PRONOUNS.has(t.lw) && !STOP_DESC.has(t.lw) && !isSpeechVerb(t.lw) && !INDEFINITE_DETERMINERS.has(t.lw);
}

/**
 * The body a description's office speaks for, when the description names it ("Big Brother spokeswoman", "a
 * Foreign Office spokesman"): two capitalised words at least right before the last role noun, lower-cased; []
 * when the description names none (one capitalised word is as often a place or an adjective: "the Florida senator").
 */
export function bodyOfDescription(desc: string): string[] {
  const ws = desc.split(/\s+/);
  let head = -1;
  for (let i = ws.length - 1; i >= 0; i--) if (isRole(ws[i]!.toLowerCase())) { head = i; break; }
  let a = head;
  while (a - 1 >= 0 && /^\p{Lu}/u.test(ws[a - 1]!) && !INDEFINITE_DETERMINERS.has(ws[a - 1]!.toLowerCase()) && ws[a - 1]!.toLowerCase() !== 'the') a--;
  return head - a >= 2 ? ws.slice(a, head).map((w) => w.toLowerCase().replace(/['’]s$/, '')) : [];
}

/**
 * The office a description names: its last role word before the principal it may name ("the former top aide to
 * President Tam Brisk" is an aide, not a president; "the wife of Senator Tolver" no senator).
 */
export function officeOf(desc: string): string | undefined {
  const ws = desc.split(/\s+/);
  let head: string | undefined;
  for (let i = 0; i < ws.length; i++) {
    const lw = ws[i]!.toLowerCase();
    if (head && (lw === 'of' || lw === 'for' || lw === 'to')) {
      let j = i + 1;
      while (j < ws.length && /^(?:the|both|a|an)$/i.test(ws[j]!)) j++;
      if (j < ws.length && /^\p{Lu}/u.test(ws[j]!)) break;
    }
    if (isRole(lw)) head = lw;
  }
  return head;
}

/**
 * Whom a description's office serves, named after it ("a spokesman for the Harbour Board", "an adviser to both
 * Brisks", "the wife of Senator Tolver"): the capitalised words after "for", "to" or "of" (a determiner or "both"
 * may stand first), lower-cased, with `serves` true for "for" and "to". Empty when the office names none.
 */
export function principalOfDescription(desc: string): { words: string[]; serves: boolean } {
  const ws = desc.split(/\s+/);
  let head = -1;
  for (let i = ws.length - 1; i >= 0; i--) if (isRole(ws[i]!.toLowerCase())) { head = i; break; }
  const prep = ws[head + 1]?.toLowerCase() ?? '';
  // "President Castro's chief aide", "Kerry's spokesman": the principal written as a possessor before the office.
  const owner = head >= 0 && !(SERVES_PREPOSITIONS.has(prep) || prep === 'of') ? possessorBefore(ws, head) : [];
  if (owner.length > 0) return { words: owner, serves: true };
  if (head < 0 || !(SERVES_PREPOSITIONS.has(prep) || prep === 'of')) return { words: [], serves: false };
  let k = head + 2;
  while (k < ws.length && /^(?:the|both|a|an)$/i.test(ws[k]!)) k++;
  const words: string[] = [];
  for (; k < ws.length && /^\p{Lu}/u.test(ws[k]!); k++) words.push(ws[k]!.toLowerCase().replace(/['’]s$|[,.]$/, ''));
  return { words, serves: SERVES_PREPOSITIONS.has(prep) };
}

/** The capitalised words (no title or office) of a possessor ending in 's before `head` ("President Castro's chief aide" -> castro). */
function possessorBefore(ws: readonly string[], head: number): string[] {
  let e = -1;
  for (let i = head - 1; i >= 0 && i >= head - 3; i--) if (/^\p{Lu}.*['’]s$/u.test(ws[i]!)) { e = i; break; }
  // ("the prime minister's official spokesman": an office as the possessor is the principal, in its own words.)
  if (e < 0) {
    for (let i = head - 1; i >= 1 && i >= head - 3; i--) {
      const m = /^(\p{Ll}+)['’]s$/u.exec(ws[i]!);
      if (!m || !isRole(m[1]!)) continue;
      const words = [m[1]!];
      for (let k = i - 1; k >= 0 && /^\p{Ll}+$/u.test(ws[k]!) && !DETERMINERS.has(ws[k]!); k--) words.unshift(ws[k]!);
      return ws[i - words.length]?.toLowerCase() === 'the' ? words : [];
    }
    return [];
  }
  const words: string[] = [];
  for (let k = e; k >= 0 && /^\p{Lu}/u.test(ws[k]!); k--) words.unshift(ws[k]!.toLowerCase().replace(/['’]s$/, ''));
  return words.filter((w) => !isRole(w) && !OFFICE_TITLES.has(w) && !HONORIFICS.has(w) && !DETERMINERS.has(w));
}

/**
 * The person may hold the office a description names for a principal: never the principal itself ("a spokesman for
 * Tolver" is not Tolver), and for an office held for somebody (`SERVING_OFFICES`) after "for" / "to" only a person
 * whose stated role names the principal's own words
 * ("Jo Marr, a spokeswoman for the Harbour Board") or who holds the bare office for no stated principal ("spokesman
 * Jo Marr"); otherwise the description stays an unnamed source.
 */
export function mayServePrincipal(p: Person, desc: string): boolean {
  const { words, serves } = principalOfDescription(desc);
  const own = words.filter((w) => !ORG_WORDS.has(w) && !isOrgKind(w) && !GENERIC_ORG.has(w) && w !== 'and');
  if (own.length === 0) return true;
  const name = p.name.toLowerCase().split(/[\s,'’]+/);
  if (own.some((w) => name.includes(w) || name.includes(w.replace(/s$/, '')))) return false;
  const head = officeOf(desc) ?? '';
  if (!serves || !SERVING_OFFICES.has(head)) return true;
  const named = p.roles.some((r) => {
    const rw = r.toLowerCase().split(/[\s,'’]+/);
    return own.every((w) => rw.includes(w));
  });
  // "spokesman Jo Marr": the bare office, stated for no principal, may be the same one.
  const bare = (p.titles.includes(head) || p.roles.some((r) => r.toLowerCase().split(/[\s,'’]+/).includes(head))) && p.roles.every((r) => !/\p{Lu}|['’]s\b|\b(?:for|to|of|at)\b/u.test(r));
  return named || bare;
}

/** The person or body is the one the description's office speaks for: its name or a stated role holds the body's words. */
export function speaksForBody(p: Person, body: readonly string[]): boolean {
  if (body.length === 0) return true;
  const holds = (s: string): boolean => {
    const words = s.toLowerCase().split(/[\s,'’]+/);
    return body.every((w) => words.includes(w));
  };
  return holds(p.name) || p.roles.some(holds);
}

/**
 * "Marco Rubio (R-Fla.)", "Joe Manchin, D-W.Va.,", "Ted Cruz of Texas": the party and state written right after a
 * name ending at token `end` (exclusive), as qualifier keys with the words as written, or undefined.
 */
export function qualifierAfterName(ts: readonly Token[], end: number): { keys: string[]; text: string } | undefined {
  // (A name run may hold "of Texas" itself: "Ted Cruz of Texas" is read as one run and trimmed to the name.)
  for (const k of [end - 2, end - 3]) {
    if (k < 2 || ts[k]?.kind !== 'word' || ts[k]!.lw !== 'of' || !ts[k - 1]!.cap) continue;
    const inner = qualifierAfterName(ts.slice(0, end), k);
    if (inner && ts[k + 1]!.s === ts[end - (inner.text.split(' ').length - 1)]!.s) return inner;
  }
  const a = ts[end];
  const b = ts[end + 1];
  if (!a || !b || b.kind !== 'word') return undefined;
  if (a.w === '(' || a.w === ',') {
    const keys = partyStateTag(b.w);
    if (!keys) return undefined;
    const close = ts[end + 2]?.w === '.' ? ts[end + 3] : ts[end + 2];
    if (a.w === '(' ? close?.w !== ')' : !(close === undefined || close.kind === 'punct')) return undefined;
    return { keys, text: ts[end + 2]?.w === '.' ? `${b.w}.` : b.w };
  }
  if (a.kind !== 'word' || a.lw !== 'of' || !b.cap) return undefined;
  const c = ts[end + 2];
  const pair = c?.kind === 'word' ? stateOfPair(b.w, c.w) : undefined;
  const after = pair ? ts[end + 3] : c;
  // "of Texas" but not "of Texas Instruments", "of Washington" (the city as often as the state), "of Georgia" (a country).
  if (after?.kind === 'word' && after.cap) return undefined;
  const st = pair ?? (b.lw !== 'washington' && b.lw !== 'georgia' ? stateOf(b.w) : undefined);
  // (Full names only: "of Miss", "of Del" are no states.)
  if (!st || (!pair && st !== b.lw)) return undefined;
  return { keys: [`st:${st}`], text: `of ${pair ? `${b.w} ${c!.w}` : b.w}` };
}

/** The qualifier keys a description states before its office ("The Florida senator" -> `st:florida`). */
export function descriptionQualifiers(desc: string): Set<string> {
  const ws = desc.split(/\s+/);
  let head = -1;
  for (let i = 0; i < ws.length; i++) {
    const lw = ws[i]!.toLowerCase();
    if (head >= 0 && (lw === 'of' || lw === 'for' || lw === 'to')) break;
    if (isRole(lw)) head = i;
  }
  return head > 0 ? qualifierKeys(ws.slice(0, head)) : new Set();
}

/** What the article states of a person that a description's qualifiers must agree with: roles, nationality, tags. */
export function statedQualifiers(p: Person): Set<string> {
  const keys = qualifierKeys(p.roles.join(' ').split(/\s+/));
  if (p.nationality) keys.add(`n:${p.nationality}`);
  for (const k of p.qualifiers ?? []) keys.add(k);
  return keys;
}

/** A description's state, party or nationality (`descriptionQualifiers`) contradicts what the article states of the person. */
export function qualifiersConflict(p: Person, described: ReadonlySet<string>): boolean {
  return described.size > 0 && qualifiersDisagree(described, statedQualifiers(p));
}

/** Offices a party-state tag or "of <State>" qualifies, by the title the cast keeps ("sen" and "senator"). */
const US_OFFICES: Readonly<Record<string, string>> = {
  senator: 'Senator', governor: 'Governor', representative: 'Representative', congressman: 'Congressman',
  congresswoman: 'Congresswoman', 'lt. gov': 'Lieutenant Governor',
};
const PARTY_NAMES: Readonly<Record<string, string>> = { 'p:r': 'Republican', 'p:d': 'Democratic', 'p:i': 'Independent' };

/** The role a US office title and a stated state (and party) make ("Republican Senator of Florida"), or undefined. */
export function usOfficeRole(p: Person, keys: readonly string[]): string | undefined {
  const office = p.titles.map((t) => US_OFFICES[t]).find(Boolean);
  const st = keys.find((k) => k.startsWith('st:'))?.slice(3);
  if (!office || !st) return undefined;
  const state = st.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  const party = PARTY_NAMES[keys.find((k) => k.startsWith('p:')) ?? ''];
  return `${party ? `${party} ` : ''}${office} of ${state}`;
}

/**
 * "The Archbishop of Canterbury", "the Mayor of London": a description that is a capitalised office of a named place,
 * read as the extractor reads such a name after "the" (`officeOfPlace`). An office that specific the text would have
 * stated of the person it just talked about, had they held it: never bound to them as a last resort.
 */
export function isOfficeOfPlace(desc: string): boolean {
  const phrase = withoutOpeningArticle(desc);
  return officeOfPlace(tokenize(phrase, 0, phrase.length, [], new Map()).filter((t) => t.kind === 'word'));
}
