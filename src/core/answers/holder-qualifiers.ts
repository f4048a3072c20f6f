import type { ParsedQuestion } from '../questions/understand.js';
import { countToken } from '../search/bm25.js';
import { STOP_WORDS, stem, words } from '../search/tokenize.js';
import { nationWords } from '../extraction/lexicon/demonyms.js';
import { namePart } from '../speakers/names.js';
import { qualifierForms, readRole, readRoles, roleOwners, sameOwner } from '../speakers/roles.js';
import type { RankRow } from '../store/port.js';

/** A row test that may first read every row of the holders it will test (`see`). */
export interface HolderTest {
  (row: RankRow): boolean;
  /** Reads rows before any is tested: a holder the sentence of one of whose quotes states the owner asked holds the office. */
  see(rows: Iterable<RankRow>): void;
}

/** Index terms (stemmed) of the words naming a nation -> the nation (`nationOf`): "thailand", "chines" -> "chinese". */
let nationTerms: Map<string, string> | undefined;
function nationOfTerm(term: string): string | undefined {
  if (!nationTerms) {
    nationTerms = new Map();
    for (const w of nationWords()) nationTerms.set(stem(w), w);
  }
  return nationTerms.get(term);
}

/** A quote's row holds the index term in its words or its sentence: not only the lead-in or the paragraphs around. */
function heldByQuoteSentence(row: RankRow, term: string): boolean {
  return countToken(row.terms, term) > 0 || countToken(row.contextTerms, term) > 0;
}

/** A quote's row holds the index term in its words, sentence, paragraphs around or lead-in. */
function heldAroundQuote(row: RankRow, term: string): boolean {
  return heldByQuoteSentence(row, term) || countToken(row.nearTerms, term) > 0 || countToken(row.leadTerms ?? '', term) > 0;
}

/**
 * A role question's holders each answer only where the question's qualifiers their own role does not state are
 * borne out around their quote: "the Pittsburgh law professor" fits the "law professor at the University of
 * Pittsburgh" and, less well, a plain "law professor" elsewhere. The question keeps the first holder's unstated
 * qualifiers as topic words (`ParsedQuestion.required`), but the others' were never asked of them, so a plain
 * "law professor" from another article answered with nothing about Pittsburgh around the quote.
 * Whose office the phrase asks for (`roleOwners`: "Sri Lanka's", "Freedonia's", "the Thai") is asked of every holder
 * whose roles leave it unstated, the first too (session 30): one whose roles of the asked office state another owner
 * ("Thai tourism minister", "Freedonia's tourism minister") holds that owner's office and is ruled out; and a quote
 * whose own sentence names another nation and not the asked owner is that nation's minister's, whatever place the
 * paragraphs around it name ("Thailand may lose 30bn baht ..., according to tourism minister NAME" below a paragraph
 * on Sri Lanka answered "Sri Lanka's tourism minister"), unless the sentence of another quote of the holder states
 * the owner asked ("..., Austria's interior minister said" of Interior Minister Wolfgang Peschorn).
 * Returns a test of a candidate row: true when its speaker owes no unstated qualifier, or every one is in the
 * quote, its sentence, lead-in or the paragraphs around it, in any of its forms ("Austrian" for "Austria").
 * `ownSentence`: the lead-in and the paragraphs around do not count, only the quote and its sentence (holders of a
 * bare office, session 33: a sentence about a rival body before the quote is no statement of whose office it is).
 */
export function holderQualifiersBorneOut(parsed: ParsedQuestion, options: { ownSentence?: boolean } = {}): HolderTest {
  const bearsOut = options.ownSentence ? heldByQuoteSentence : heldAroundQuote;
  const owed = new Map<string, string[][]>();
  /** Per holder owing an owner: the owner's forms, or false when the holder's roles state another owner. */
  const ownersOwed = new Map<string, string[][] | false>();
  // Whose office the phrase asks for, but a person on record (`possessorBorneOut` asks it of the role itself).
  const phrase = parsed.speakerPhrase ?? '';
  const owners = phrase ? roleOwners(phrase).filter((w) => !parsed.possessors?.includes(w)) : [];
  const offices = owners.length > 0 ? readRole(namePart(phrase))?.offices ?? [] : [];
  const formsOf = (w: string) => [...new Set(qualifierForms(w).map((f) => stem(f)))];
  for (const m of parsed.speakers) {
    if (m.kind !== 'role' || !m.unstated?.length || owed.has(m.speaker.id) || ownersOwed.has(m.speaker.id)) continue;
    const unstatedOwners = m.unstated.filter((w) => owners.includes(w));
    if (unstatedOwners.length > 0) {
      // The owners the holder's roles of the asked office state ("Callaghan's cabinet colleague" asks nothing of
      // the holder's "Labour's deputy leader").
      const held = m.speaker.roles.filter((r) => readRoles(r).some((x) => x.offices.some((o) => offices.includes(o)))).flatMap((r) => roleOwners(r));
      const other = held.length > 0 && !held.some((h) => owners.some((w) => sameOwner(h, w)));
      ownersOwed.set(m.speaker.id, other ? false : unstatedOwners.map(formsOf));
    }
    // The first holder's are topic words already (`required`); a stop word is nothing to look for ("Only").
    const words = m.unstated.filter((w) => !parsed.required.includes(w) && !STOP_WORDS.has(w));
    if (words.length > 0) owed.set(m.speaker.id, words.map(formsOf));
  }
  /** Holders owing an owner that the sentence of one of their quotes states. */
  const stated = new Set<string>();
  const sentence = (row: RankRow) => `${row.terms} ${row.contextTerms}`;
  const statesOwner = (row: RankRow, forms: string[][]) => forms.every((f) => f.some((t) => countToken(row.terms, t) > 0 || countToken(row.contextTerms, t) > 0));
  const namesOtherNation = (row: RankRow) => sentence(row).split(' ').some((t) => {
    const nation = nationOfTerm(t);
    return nation !== undefined && !owners.some((w) => sameOwner(nation, w));
  });
  const test = ((row: RankRow) => {
    if (!row.speakerId) return true;
    const ownerForms = ownersOwed.get(row.speakerId);
    if (ownerForms === false) return false;
    if (ownerForms && !stated.has(row.speakerId) && !statesOwner(row, ownerForms) && namesOtherNation(row)) return false;
    const words = owed.get(row.speakerId);
    if (!words) return true;
    return words.every((forms) => forms.some((t) => bearsOut(row, t)));
  }) as HolderTest;
  test.see = (rows) => {
    if (ownersOwed.size === 0) return;
    for (const row of rows) {
      const forms = row.speakerId ? ownersOwed.get(row.speakerId) : undefined;
      if (forms && !stated.has(row.speakerId as string) && statesOwner(row, forms)) stated.add(row.speakerId as string);
    }
  };
  return test;
}

/**
 * The person a role phrase names as the office's owner ("Trump" of "Trump's Indiana chairman", "Cruz" of "Cruz's
 * campaign manager") must be stated by the holder's role itself ("Trump campaign manager", "chairman of Trump's
 * Indiana campaign"). Around a quote that person is what everybody talks about: "Trump's Indiana chairman" answered
 * with a district party chairman's "Donald Trump doesn't represent what I want my party to represent" (and, asked
 * to bear Trump out outside the quote's own words, with the same chairman's sentence on "pro-Trump forces"), "Cruz's
 * campaign manager" with Rubio's campaign manager talking about Cruz. Returns a test of a candidate row: false when
 * its speaker is a role holder whose role does not state the owner.
 */
export function possessorBorneOut(parsed: ParsedQuestion): (row: RankRow) => boolean {
  const owners = parsed.possessors ?? [];
  if (owners.length === 0) return () => true;
  const owing = new Set<string>();
  for (const m of parsed.speakers) if (m.kind === 'role' && owners.some((w) => m.unstated?.includes(w))) owing.add(m.speaker.id);
  if (owing.size === 0) return () => true;
  return (row) => !row.speakerId || !owing.has(row.speakerId);
}

/**
 * A role's owner typed by full name, other people on record sharing the surname ("Greta Varkoni's spokesman", Anton
 * Varkoni on record; `ParsedQuestion.ownerNamesakes`): the role was matched by the surname ("Varkoni spokesman"), so
 * a holder may be either's. A holder answers unless it points at a namesake rather than the owner asked for: its role
 * names a namesake's given name and not the owner's ("spokesman for Anton Varkoni"), or, the role naming neither, the
 * quote's words, sentence, lead-in or the paragraphs around hold a namesake's given name and not the owner's ("Anton
 * Varkoni said ..." above "Varkoni spokesman Ruben Stahl said"). Where nothing around names either, the holder
 * answers, as for a surname nobody else bears (session 30, h-qa69: "what did Hillary Clinton's spokesman say"
 * answered Bill Clinton's spokesman). Returns a test of a candidate row.
 */
export function namesakeBorneOut(parsed: ParsedQuestion): (row: RankRow) => boolean {
  const ns = parsed.ownerNamesakes;
  if (!ns) return () => true;
  const holders = new Map<string, string[]>();
  for (const m of parsed.speakers) if (m.kind === 'role' && !holders.has(m.speaker.id)) holders.set(m.speaker.id, m.speaker.roles);
  if (holders.size === 0) return () => true;
  const asked = ns.given.map((w) => stem(w));
  const others = ns.others.map((w) => stem(w));
  const verdict = new Map<string, boolean | undefined>();
  for (const [id, roles] of holders) {
    const said = new Set(roles.flatMap((r) => words(r).map((w) => stem(w))));
    verdict.set(id, asked.some((w) => said.has(w)) ? true : others.some((w) => said.has(w)) ? false : undefined);
  }
  return (row) => {
    if (!row.speakerId || !holders.has(row.speakerId)) return true;
    const byRole = verdict.get(row.speakerId);
    if (byRole !== undefined) return byRole;
    const holds = (t: string) => heldAroundQuote(row, t);
    return asked.some(holds) || !others.some(holds);
  };
}
