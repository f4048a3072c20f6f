import { expansions } from '../search/synonyms.js';
import { words } from '../search/tokenize.js';

/**
 * A role as a question can match it: the office ("minister", "coach", "chancellor"), the modifiers that make it
 * a different office ("shadow chancellor" is not the chancellor), and the qualifiers that say where or for whom
 * ("Austria", "interior", "Conservative", "UK"). Built from whatever roles the registry holds per speaker, so a
 * registry that keeps roles per collection (or with dates) feeds it the same way.
 */
export interface RoleReading {
  office: string;
  /** Modifiers that change the office itself: both sides must agree on them. */
  modifiers: ReadonlySet<string>;
  /** Words of time ("former", "acting"): a role holding one fits a question without it, less well. */
  tense: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
}

/** One speaker's roles as the role index reads them, most frequent first. */
export interface RoleHolder {
  id: string;
  roles: readonly string[];
  organisations: readonly string[];
  /** Quotes on record: how often the speaker is named with their roles (0 or absent when unknown). */
  quotes?: number;
}

export interface RoleFit {
  id: string;
  /** 0..1: how exactly the speaker's role answers the phrase, a little less for a speaker rarely on record. */
  fit: number;
  /**
   * Asked qualifiers this speaker's roles do not state ("Austria" for a plain "Interior Minister"): the question
   * keeps them as topic words, so the quote's surroundings must bear them out.
   */
  unstated: string[];
}

const STRICT_MODIFIERS = new Set(['shadow', 'deputy', 'vice', 'assistant', 'junior', 'under', 'undersecretary', 'associate']);
const TENSE = new Set(['former', 'ex', 'acting', 'interim', 'outgoing', 'then', 'incoming', 'caretaker']);
/** Words that end a role's head: what follows names where or for whom ("director of the Center for ..."). */
const PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'to', 'with', 'on', 'from', 'under']);
// "then" is a word of time (TENSE), not filler: "then the secretary of state" is a role of the past.
const FILLER = new Set(['the', 'a', 'an', 'and', 's', 'who', 'guy', 'man', 'woman', 'person', 'his', 'her', 'their', 'its', 'new', 'current', 'now']);
/**
 * Share of a role's fit that rides on how often its holder is on record, relative to the most quoted holder of
 * the office (log scale): "the PM" is first the prime minister quoted 300 times, not one quoted once in a
 * stray article, and a holder on record once no longer joins the pool the topic picks from on an equal footing.
 */
const OFTEN_SHARE = 0.15;

/** Offices that are one office under several names. */
const OFFICE_SYNONYMS = new Map<string, string>([
  ['chief', 'head'], ['boss', 'head'], ['head', 'head'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesperson', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['chair', 'chairman'], ['chairwoman', 'chairman'], ['chairperson', 'chairman'],
  ['ceo', 'executive'], ['md', 'director'],
  ['pm', 'minister'], ['premier', 'minister'],
  ['sec', 'secretary'], ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['congressman', 'representative'], ['congresswoman', 'representative'],
  ['manager', 'manager'], ['coach', 'coach'], ['president', 'president'], ['prez', 'president'],
]);
/** Abbreviations whose reading adds a qualifier: "PM" is the prime minister, "CEO" the chief executive. */
const OFFICE_QUALIFIER = new Map<string, string>([['pm', 'prime'], ['ceo', 'chief'], ['md', 'managing']]);

/** Qualifiers that are one place, party or body under several names. */
const QUALIFIER_SYNONYMS = new Map<string, string>([
  ['tory', 'conservative'], ['tories', 'conservative'], ['conservatives', 'conservative'],
  ['uk', 'uk'], ['britain', 'uk'], ['british', 'uk'], ['united', 'united'],
  ['us', 'us'], ['usa', 'us'], ['america', 'us'], ['american', 'us'],
  ['labour', 'labour'], ['lib', 'liberal'], ['libdem', 'liberal'], ['dem', 'democrat'], ['democratic', 'democrat'], ['democrats', 'democrat'],
  ['republicans', 'republican'], ['gop', 'republican'],
  ['dept', 'department'], ['govt', 'government'], ['intl', 'international'],
]);

/** A qualifier word as comparable words: "Tory" -> conservative, "Fed" -> federal reserve (newsroom abbreviations). */
function qualifierWords(w: string): string[] {
  const same = QUALIFIER_SYNONYMS.get(w);
  if (same) return [same];
  const expanded = expansions(w)[0];
  return expanded ? expanded.map((x) => QUALIFIER_SYNONYMS.get(x) ?? x) : [w];
}

/** Reads a role ("Tory shadow chancellor", "director of the Center for Food Allergy Research", "Austria's interior minister"). */
export function readRole(role: string): RoleReading | undefined {
  const ws = words(role).filter((w) => !FILLER.has(w));
  const cut = ws.findIndex((w) => PREPOSITIONS.has(w));
  const head = cut < 0 ? ws : cut === 0 ? ws.slice(1, 2) : ws.slice(0, cut);
  const tail = cut < 0 ? [] : ws.slice(cut === 0 ? 2 : cut + 1).filter((w) => !PREPOSITIONS.has(w));
  const last = head.at(-1);
  if (!last) return undefined;
  const office = OFFICE_SYNONYMS.get(last) ?? last;
  const modifiers = new Set<string>();
  const tense = new Set<string>();
  const qualifiers = new Set<string>();
  const extra = OFFICE_QUALIFIER.get(last);
  if (extra) qualifiers.add(extra);
  for (const w of [...head.slice(0, -1), ...tail]) {
    if (STRICT_MODIFIERS.has(w)) modifiers.add(w);
    else if (TENSE.has(w)) tense.add(w);
    else for (const q of qualifierWords(w)) qualifiers.add(q);
  }
  return { office, modifiers, tense, qualifiers };
}

/** Two qualifiers are one when equal or one is the other's adjective ("Germany"/"German", "Austria"/"Austrian"). */
function sameQualifier(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short.replace(/y$/, ''));
}

/**
 * How well a held role answers the asked one: 0 when the office or a strict modifier differs; otherwise the
 * share of the asked qualifiers the role (or the speaker's organisations) holds, less a little for each word
 * of the role the question did not ask for and for a role of the past.
 */
export function roleFit(asked: RoleReading, held: RoleReading, organisationWords: ReadonlySet<string> = new Set()): number {
  if (asked.office !== held.office) return 0;
  if (asked.modifiers.size !== held.modifiers.size || [...asked.modifiers].some((m) => !held.modifiers.has(m))) return 0;
  const has = qualifierTest(held, organisationWords);
  const found = [...asked.qualifiers].filter(has).length;
  const share = asked.qualifiers.size ? found / asked.qualifiers.size : 1;
  if (asked.qualifiers.size > 0 && found === 0) return 0;
  const unasked = [...held.qualifiers].filter((h) => ![...asked.qualifiers].some((q) => sameQualifier(q, h))).length;
  const past = [...held.tense].some((t) => !asked.tense.has(t)) ? 0.8 : 1;
  return (0.5 + 0.5 * share) * past / (1 + 0.1 * unasked);
}

function qualifierTest(held: RoleReading, organisationWords: ReadonlySet<string>): (q: string) => boolean {
  return (q) => [...held.qualifiers].some((h) => sameQualifier(q, h)) || [...organisationWords].some((o) => sameQualifier(q, o));
}

/**
 * Every role the registry attaches to a speaker, read once, looked up by office. A speaker's most frequent
 * reading of an office decides what they hold: Letwin, called "shadow chancellor" far more often than
 * "chancellor", is not an answer to "the chancellor".
 */
export class RoleIndex {
  private readonly byOffice = new Map<string, { id: string; reading: RoleReading; rank: number; organisations: Set<string>; quotes: number }[]>();

  constructor(holders: Iterable<RoleHolder>) {
    for (const h of holders) {
      const organisations = new Set(h.organisations.flatMap((o) => words(o)).flatMap(qualifierWords));
      const seen = new Set<string>();
      h.roles.forEach((role, rank) => {
        const reading = readRole(role);
        if (!reading || seen.has(reading.office)) return;
        seen.add(reading.office);
        let list = this.byOffice.get(reading.office);
        if (!list) this.byOffice.set(reading.office, (list = []));
        list.push({ id: h.id, reading, rank, organisations, quotes: Math.max(0, h.quotes ?? 0) });
      });
    }
  }

  /**
   * Speakers holding the asked role, best first: how exactly (the role named more often for them first), then
   * how often the holder is on record.
   */
  match(phrase: string): RoleFit[] {
    const asked = readRole(phrase);
    if (!asked) return [];
    const fits: { id: string; exact: number; quotes: number; unstated: string[] }[] = [];
    for (const e of this.byOffice.get(asked.office) ?? []) {
      const exact = roleFit(asked, e.reading, e.organisations) * (1 - 0.03 * Math.min(e.rank, 5));
      if (exact > 0) fits.push({ id: e.id, exact, quotes: e.quotes, unstated: [...asked.qualifiers].filter((q) => !qualifierTest(e.reading, e.organisations)(q)) });
    }
    const most = Math.log1p(Math.max(0, ...fits.map((f) => f.quotes)));
    const often = (quotes: number) => (most > 0 ? 1 - OFTEN_SHARE * (1 - Math.log1p(quotes) / most) : 1);
    const out = fits.map(({ id, exact, quotes, unstated }) => ({ id, fit: exact * often(quotes), unstated }));
    return out.sort((a, b) => b.fit - a.fit || (a.id < b.id ? -1 : 1));
  }
}
