import type { Intent } from '../answers/model.js';
import { opensWithArticle } from '../extraction/lexicon/function-words.js';
import { FRAMING_VERB_FORMS, NAMING_VERB_FORMS, QUOTE_EFFECT_OPENERS, QUOTE_GIVING_VERB_WORDS, SAYING_VERB_FORMS, WANTING_VERB_FORMS } from '../extraction/lexicon/question-verbs.js';
import { STANCE_VERB_FORMS } from '../extraction/lexicon/stance-verbs.js';

/** A question split into its intent and the parts each intent needs, before any look-up. */
export interface QuestionShape {
  intent: Intent;
  /** The words naming the speaker, when the phrasing marks them ("what did X say", "X on Y", "latest from X"). */
  speakerPhrase?: string;
  /** The rest: topic words (for verify: the pasted words). */
  rest: string;
  /** True when the speaker phrase comes from the phrasing itself, so it must resolve or nothing is found. */
  speakerExplicit: boolean;
  /**
   * True when the phrasing says the question names no speaker ("quotes about Y", "which speakers talked about
   * Y"): a name among the topic words is then a topic ("quotes about Fox News"), not the speaker.
   */
  topicOnly?: boolean;
}

// Verbs of what a speaker asked for or conceded count too: "what did the SNP leader at Holyrood demand the first
// minister do", "what did the union leader urge ...", "what did Brown admit about ..." (session 17, h-qa31).
// The verbs are declared once, as base forms, in the lexicon (`SAYING_VERB_FORMS`).
const VERBS = `(?:${SAYING_VERB_FORMS.join('|')})`;

/*
 * Every pattern below runs on `s`, whose whitespace is already one space between words (see `shapeQuestion`):
 * so a pattern spells a gap as one literal space and the rest of the line as `[^]`, which leaves the regex
 * engine a single way to match each gap and nothing to retry at the end of the line. A question of any length
 * is then parsed in linear time (tests/property/questions.test.ts checks every pattern with a ReDoS checker).
 */
const HELP = /^(?:help|\?+|how (?:do|can|should) i\b[^]*|usage|examples?|commands?|what can you do\??)$/i;
const WHO_SAID = /^(?:who (?:said|says|wrote|write|tweeted|told [^ ]+)|whose (?:quote|words) (?:is|are)|who is quoted (?:as )?saying|verify|check|fact[- ]?check|is this real) ?[:,-]? ?([^]+)$/i;
/** "did X (really) say "...": the opening words, then (at a space after X) the verb and the pasted words. */
const DID = /^(?:did|has|have) /i;
const SAY_QUOTED = new RegExp(` (?:really |actually |ever )?${VERBS} ?[:,]? ?["“”'‘]([^]+)$`, 'iy');
const WHICH_SPEAKERS = /^(?:which|what) (?:speakers|people|officials|sources|politicians|ministers|leaders|experts) (?:(?:have|has) )?(?:(?:talked|spoke|spoken|said(?: \w*)?|commented|mentioned|discussed|quoted|are quoted) ?)?(?:(?:about|on|regarding|of) ?)?([^]*)$/i;
const WHO_TALKED = /^who (?:(?:has|have) )?(?:talked|spoke|spoken|commented|discussed|is talking|was talking) (?:about|on|regarding) ([^]+)$/i;
const LATEST_FROM = /^(?:what(?:'s| is| was)? )?(?:the )?(?:latest|newest|most recent|recent|last) (?:(?:quotes?|comments?|words|statements?) )?(?:from|by|of) (.+?)(?: (?:on|about|regarding|re) ([^]+))?\??$/i;
const SAID_RECENTLY = /^(?:what did|what has|what have) (.+?) (?:say|said) (?:most )?(?:recently|lately|last)\??$/i;
/** "what did X say (about Y)": the opening words (perhaps with a helping verb), then the verb after X. */
const WHAT_DID = /^(?:what|anything|did|has|have|does|do|how) ((?:did|has|have|does|do|was|is) )?/i;
/**
 * The verb after X and the rest: a verb of saying is dropped (group 1), a naming or wanting verb ("call", "want":
 * `NAMING_VERB_FORMS`, `WANTING_VERB_FORMS`) stays with the rest as a topic word (group 2; session 31, h-qa71;
 * session 41, h-qa105). One pattern, so the shortest speaker phrase ends at whichever comes first.
 */
const SAY_REST = new RegExp(` (?:ever |really |recently )?(?:${VERBS}\\b ?([^]*)|((?:${[...NAMING_VERB_FORMS, ...WANTING_VERB_FORMS].join('|')})\\b[^]*))$`, 'iy');
const QUOTES_FROM = /^(?:any )?(?:quotes?|comments?|statements?|words) (?:from|by) (.+?)(?: (?:on|about|regarding|re) ([^]+))?\??$/i;
const QUOTES_ABOUT = /^(?:any )?(?:quotes?|comments?|statements?) (?:on|about|regarding) ([^]+)$/i;
/**
 * The phrasings a reporter uses for a topic with nobody named (issue 14): "anyone on Y", "anything on Y", "a quote
 * on Y", "need a comment about Y", "reaction to Y", "what was said about Y", "what's been said on Y", "what did
 * people say about Y", "has anyone talked about Y". Read before "what did X say" and "X on Y", which took "was",
 * "anyone" or "people" for a speaker's name and then scanned the topic for one ("law" of "law-abiding", "Six
 * Nations", "Instagram's statistics"). Each alternative is a fixed run of words, so matching stays linear.
 */
const TOPIC_REQUEST = /^(?:(?:i need|i'm looking for|looking for|need|give me|get me|find me|find|show me|got|is there|are there|do we have|have we got|do you have|what(?:'s|’s| is| was| were| are) the) )?(?:(?:a|an|any|some) )?(?:(?:good|usable|decent|fresh|new|short) )?(?:quotes?|comments?|statements?|reactions?|responses?|remarks?|thoughts|views|word|anyone|anybody|anything|someone|somebody|something|everything) (?:on|about|regarding|concerning|to|re:?) ([^]+)$/i;
const SAID_ABOUT = /^(?:what|anything|something|everything)(?: (?:was|is|has been|had been|have been|were|are|is being)|['’]s(?: been)?) (?:said|written|tweeted|being said) (?:about|on|regarding|of|concerning) ([^]+)$/i;
const ANYONE_SAID = /^(?:what|did|has|have|does|do|is there anything|anything) (?:(?:did|has|have|do|does|are|were) )?(?:anyone|anybody|people|someone|somebody|everyone|folks) (?:(?:ever|really) )?(?:say|said|saying|says|tell|told|think|thinks|comment|commented|commenting|talk|talked|talking|speak|spoke|speaking)(?: anything)? (?:about|on|regarding|of|concerning) ([^]+)$/i;
/**
 * Verbs of a stance a reporter asks a quote for by (session 17, h-qa32): "quote dismissing IBM's patent giveaway as
 * a diversion", "did anyone predict other firms would copy IBM", "who called Ossie Davis his hero". Each reads like
 * "saying": what follows is the gist, never a speaker phrase ("IBM's" in it was taken for the speaker, and answered
 * with IBM's own two-word line). `_ING` after "quote", `_BASE` after "did anyone", `_PAST` after "who". The verb stays
 * in the gist: it is the stance asked for, and the reporter's sentence before the words often says it ("Mueller
 * dismissed IBM's move as insubstantial"); dropped, "did anyone predict other firms would copy IBM" was answered
 * with another speaker's line on IBM's patents (h-qa32 half A wrong speaker 5 -> 4, nothing else moved). The verbs are
 * declared once, as base forms, in the lexicon (`STANCE_VERB_FORMS`).
 */
const STANCE_ING = STANCE_VERB_FORMS.ing.join('|');
const STANCE_BASE = STANCE_VERB_FORMS.base.join('|');
const STANCE_PAST = STANCE_VERB_FORMS.past.join('|');
/** "did anyone predict ...", "has anybody criticised ...": nobody named, the rest is the gist (see `STANCE_BASE`). */
const ANYONE_STANCE = new RegExp(String.raw`^(?:did|has|have|does|do) (?:anyone|anybody|someone|somebody|people|any of them) (?:ever )?((?:${STANCE_BASE})(?:e?d|s)? [^]+)$`, 'i');
/** "who called X his hero", "who recalled the eulogy": a quote asked for by what it did, nobody named. */
const WHO_STANCE = new RegExp(String.raw`^who (?:(?:has|had) )?((?:${STANCE_PAST}) [^]+)$`, 'i');
/**
 * "how did X describe Y", "how did X react to Y": X is the speaker, Y the topic; the verb frames the question (it is
 * rarely in the words said, and counted as a topic word it cost the answer its coverage). The verbs are declared in the
 * lexicon (`FRAMING_VERB_FORMS`).
 */
const HOW_DID = /^how (?:(?:did|does|do|has|have|would|will|was|is) )/i;
const FRAME_REST = new RegExp(` (?:${FRAMING_VERB_FORMS.join('|')}) ([^]+)$`, 'iy');

/**
 * A quote asked for by what it says, with nobody named (session 13, h-qa19): "quote saying the Tories are
 * schizophrenic on Europe", "a line suggesting growth won't create jobs", "the quote where someone says ...".
 * What follows is the topic (often a paraphrase of the words), never a speaker phrase: read as "X on Y" or
 * scanned for a name, "quote saying the job cuts will hurt morale" asked Harry Hurt III, and "quote saying the
 * Tories are ..." asked the Tories. Fixed runs of words, so matching stays linear.
 */
/** "quote", "a line", "need a comment", "what's the quote": the request for words that opens the forms below. */
const QUOTE_REQUEST = String.raw`^(?:(?:i need|i'm looking for|looking for|need|give me|get me|find me|find|show me|got|is there|do we have|do you have|what(?:'s|’s| is| was) the) )?(?:(?:a|an|the|any|some|that|this) )?(?:quotes?|lines?|comments?|remarks?|statements?|soundbites?)`;
const QUOTE_SAYING = new RegExp(String.raw`${QUOTE_REQUEST} (?:saying|that says|which says|that said|which said|where (?:someone|somebody|anyone|he|she|they) (?:says|said)|suggesting|claiming|arguing|warning|calling) (?:that )?([^]+)$`, 'i');
/**
 * "quote that 2005 is a big year for the firm's research", "quote asking whether anyone believes ...": the same
 * request with the gist as a bare "that" clause or a question (session 38, h-qa95). Read as before, a name or a
 * word in the gist was the speaker ("the PM sees no consensus" asked the PM; "right now" asked Right Wing Watch).
 * A "that" clause with a verb of saying or of giving a quote is a relative clause naming the speaker ("the quote
 * that Obama gave on taxes", "quote that Blair said about Iraq"), and so is one opening with a verb whose subject is
 * the quote ("the quote that got Trump in trouble"): `QUOTE_GIVING_VERB_WORDS` and `QUOTE_EFFECT_OPENERS` leave them
 * as they were.
 */
const QUOTE_THAT = new RegExp(String.raw`${QUOTE_REQUEST} (that|(?:asking|wondering|questioning) (?:whether|if)) ([^]+)$`, 'i');
function quoteThatGist(s: string): string[] | null {
  const m = QUOTE_THAT.exec(s);
  if (!m) return null;
  const clause = m[2]!.toLowerCase().match(/[a-z]+/g) ?? [];
  const relative = m[1]!.toLowerCase() === 'that' && (QUOTE_EFFECT_OPENERS.has(clause[0] ?? '') || clause.some((w) => QUOTE_GIVING_VERB_WORDS.has(w)));
  return relative ? null : [m[0], m[2]!];
}
const QUOTE_STANCE = new RegExp(String.raw`^(?:(?:a|an|the|any|some|that|this) )?(?:quotes?|lines?|comments?|remarks?|statements?|soundbites?) ((?:${STANCE_ING}) [^]+)$`, 'i');
/** "X says Y", a statement to look up (session 13): the phrase before "says"/"said", 2 to 60 characters. */
const SAYS_REST = / (?:says|said) (?:that )?([^]+)$/iy;
/** "X on Y" / "X's comments on Y" / "X's reaction to Y" after X, which is 2 to 60 characters (found by `speakerOnTopic`). */
const ON_TOPIC = /(?:['’]s (?:reactions?|responses?|verdict|take) (?:to|after|on|about|over|at)|(?:['’]s (?:comments?|remarks?|views?|words|quotes?))? (?:on|about|regarding|re:?)) ([^]+)$/iy;

/** Recognizes the question's intent and marks out the speaker phrase; purely textual. */
export function shapeQuestion(q: string): QuestionShape {
  const s = q.replace(/\s+/g, ' ').trim();
  if (!s || HELP.test(s)) return { intent: 'help', rest: '', speakerExplicit: false };

  // who said "..." / did X really say "..." / verify: "..."
  let m: (string | undefined)[] | null = WHO_SAID.exec(s);
  if (m) return { intent: 'verify', rest: unquote(pastedAfterSubject(m[1] as string)), speakerExplicit: false };
  m = speakerThenVerb(s, DID, SAY_QUOTED);
  if (m) return { intent: 'verify', speakerPhrase: m[1] as string, rest: unquote(m[2] as string), speakerExplicit: true };
  if (isPastedQuote(s)) return { intent: 'verify', rest: unquote(s), speakerExplicit: false };

  // which speakers / who talked about Y
  m = WHICH_SPEAKERS.exec(s) ?? WHO_TALKED.exec(s);
  if (m) return { intent: 'speakers', rest: m[1] as string, speakerExplicit: false, topicOnly: true };

  // latest from X (on Y)
  m = LATEST_FROM.exec(s);
  if (m) return { intent: 'latest', speakerPhrase: m[1] as string, rest: m[2] ?? '', speakerExplicit: true };
  m = SAID_RECENTLY.exec(s);
  if (m) return { intent: 'latest', speakerPhrase: m[1] as string, rest: '', speakerExplicit: true };

  // anyone on Y / a quote on Y / reaction to Y / what was said about Y: nobody named
  m = TOPIC_REQUEST.exec(s) ?? SAID_ABOUT.exec(s) ?? ANYONE_SAID.exec(s) ?? QUOTE_SAYING.exec(s) ?? QUOTE_STANCE.exec(s) ?? quoteThatGist(s) ?? ANYONE_STANCE.exec(s) ?? WHO_STANCE.exec(s);
  if (m) return { intent: 'quote', rest: m[1] as string, speakerExplicit: false, topicOnly: true };

  // how did X describe Y / how did X react to Y
  m = speakerThenVerb(s, HOW_DID, FRAME_REST);
  if (m && fitsAfterWhatDid(m[1] as string)) return { intent: 'quote', speakerPhrase: m[1] as string, rest: m[2] as string, speakerExplicit: true };

  // what did X say (to Y) about Z / what has X said on Z / what does X think of Z
  m = speakerThenVerb(s, WHAT_DID, SAY_REST);
  if (m && fitsAfterWhatDid(m[1] as string)) {
    const rest = (m[2] as string).replace(/^(?:to )?/i, '').replace(/^(?:about|on|of|regarding|re|concerning) /i, '');
    return { intent: 'quote', speakerPhrase: m[1] as string, rest, speakerExplicit: true };
  }
  // quotes from X (about Y)
  m = QUOTES_FROM.exec(s);
  if (m) return { intent: 'quote', speakerPhrase: m[1] as string, rest: m[2] ?? '', speakerExplicit: true };
  // quotes about Y (before "X on Y", which would take "quotes" for a speaker's name or role)
  m = QUOTES_ABOUT.exec(s);
  if (m) return { intent: 'quote', rest: m[1] as string, speakerExplicit: false, topicOnly: true };
  // X says Y (before "X on Y", which would read "Barber says cuts on the civil service" as Y = "the civil service")
  m = speakerSays(s);
  if (m && (m[1] as string).split(' ').length <= (/^the\s/i.test(m[1] as string) ? 6 : 5)) return { intent: 'quote', speakerPhrase: m[1] as string, rest: m[2] as string, speakerExplicit: false };
  // X on Y / X about Y / X's comments on Y
  m = speakerOnTopic(s);
  // Five words name a speaker; a description led by "the" may take six ("the Lib Dem home affairs spokesman"), or
  // as many as after "what did" when it states whose office it is ("the president of the La Raza lawyers association").
  // A role stating whose office it is may run longer, with or without "the": "vodafone head of third party services
  // on cutting firms off" (session 18; bare, five words were the limit and the whole question became topic words).
  if (m && fitsBeforeOn(m[1] as string)) return { intent: 'quote', speakerPhrase: m[1] as string, rest: m[2] as string, speakerExplicit: false };
  return { intent: 'quote', rest: s, speakerExplicit: false };
}

/** What a "who said" line is said about, before "that" and the line: "on", "about", "of", "regarding", "concerning". */
const SAID_ABOUT_LEAD = /^(?:on|about|of|regarding|concerning) /i;
/** The one-word forms of the verbs of saying (`SAYING_VERB_FORMS`), for `pastedAfterSubject`. */
const SAYING_VERBS: ReadonlySet<string> = new Set(SAYING_VERB_FORMS.filter((f) => !f.includes(' ')).map((f) => f.toLowerCase()));

/**
 * The pasted line of "who said on X that LINE" / "who said about X that LINE": LINE. The words from "on" to the first
 * "that" say what the line was about and are no words of it, so compared as pasted words they pulled a short line's
 * in-order and coverage shares below every bar ("who said on rewriting the school law that we waited way too long" for
 * "We waited too long", session 27). The line alone then meets every rule of the "who said" path, as "who said that
 * LINE" does; a question with no "that" after the subject is read as before.
 */
function pastedAfterSubject(text: string): string {
  if (!SAID_ABOUT_LEAD.test(text)) return text;
  const at = text.toLowerCase().indexOf(' that ');
  const line = at < 0 ? '' : text.slice(at + ' that '.length).trim();
  if (!line) return text;
  // A subject with a figure or a verb of saying may be the line's own opening ("about 40 of them said that ..."):
  // the words stay pasted.
  const subject = text.slice(0, at).toLowerCase().split(' ');
  if (subject.some((w) => /\d/.test(w) || SAYING_VERBS.has(w))) return text;
  return line;
}

/** A speaker phrase before "on" (see the comment at its use): 5 words, 6 after "the"; stating whose office ("of", "at", "for", "to": "adviser to the IMF managing director"), 8 or 12. */
function fitsBeforeOn(phrase: string): boolean {
  const led = /^the\s/i.test(phrase);
  const limit = / (?:of|at|for|to) /i.test(phrase) ? (led ? 12 : 8) : led ? 6 : 5;
  return phrase.split(' ').length <= limit;
}

/**
 * A speaker phrase between "what did" / "how did" and the verb: a name is at most six words; a description ("the
 * director of the Center for Food and Allergy Research") up to 12. A possessive within the first four words leads a
 * description as "the" does: "Bank of America's head of currency strategy" (seven words) was cut off, the whole
 * question became topic words and the bank's name in them was taken for the speaker (session 26, h-qa59).
 */
function fitsAfterWhatDid(phrase: string): boolean {
  return phrase.split(' ').length <= (opensWithArticle(phrase) || POSSESSIVE_LED.test(phrase) ? 12 : 6);
}

/** A possessive ("X's", "Xs'") among a phrase's first four words, with words after it: whose office the rest is. */
const POSSESSIVE_LED = /^(?:\S+ ){0,3}\S+(?:['’]s|s['’]) \S/u;

/**
 * `^OPENING(.+?)VERB_AND_REST` without the lazy group's backtracking inside one regex: the speaker phrase is the
 * shortest run of characters after the opening words (with its helping verb, else without it, as the regex
 * would try them) that is followed, at a space, by the verb and the rest. Each try reads only a few words
 * before it fails, so the search is linear. Returns [whole, speaker, rest] like `exec`.
 */
function speakerThenVerb(s: string, opening: RegExp, verbAndRest: RegExp): string[] | null {
  const m = opening.exec(s);
  if (!m) return null;
  const starts = m[1] ? [m[0].length, m[0].length - m[1].length] : [m[0].length];
  for (const start of starts) {
    for (let at = s.indexOf(' ', start + 1); at >= 0; at = s.indexOf(' ', at + 1)) {
      // "the guy who wrote the app say ...": a phrase ending in "who" or "that" goes on to its own verb.
      if (RELATIVE.test(s.slice(s.lastIndexOf(' ', at - 1) + 1, at))) continue;
      verbAndRest.lastIndex = at;
      const v = verbAndRest.exec(s);
      if (v) return [s, s.slice(start, at), (v[1] ?? v[2]) as string];
    }
  }
  return null;
}

/** A word that opens a relative clause: the description it starts is not over yet. */
const RELATIVE = /^(?:who|that|which|whose)$/i;

/** `^(.{2,60}?)ON_TOPIC`: the shortest phrase of 2 to 60 characters followed by "on Y" (at most 59 tries). */
function speakerOnTopic(s: string): string[] | null {
  for (let at = 2; at <= Math.min(60, s.length); at++) {
    ON_TOPIC.lastIndex = at;
    const m = ON_TOPIC.exec(s);
    if (m) return [s, s.slice(0, at), m[1] as string];
  }
  return null;
}

/** `^(.{2,60}?)SAYS_REST`: the shortest phrase of 2 to 60 characters followed by "says Y" (at most 59 tries). */
function speakerSays(s: string): string[] | null {
  for (let at = s.indexOf(' ', 2); at >= 0 && at <= 60; at = s.indexOf(' ', at + 1)) {
    SAYS_REST.lastIndex = at;
    const m = SAYS_REST.exec(s);
    if (m) return [s, s.slice(0, at), m[1] as string];
  }
  return null;
}

const OPENING_MARKS = '"“«';
const CLOSING_MARKS = '"”»';

/**
 * A line pasted on its own is a quote to verify: it opens with a quotation mark and has at least 12 more
 * characters, unless a quoted part closes and at least two more words follow it (`"ceasefire" Kirby Lavrov`),
 * which reads as keywords. Found by one scan: the first opening mark after the first character, the first
 * closing mark after that, then two words after it.
 */
export function isPastedQuote(s: string): boolean {
  if (s.length < 13 || !OPENING_MARKS.includes(s[0] as string)) return false;
  const open = indexOfAny(s, OPENING_MARKS, 1);
  const close = open < 0 ? -1 : indexOfAny(s, CLOSING_MARKS, open + 1);
  return close < 0 || !hasTwoWords(s, close + 1);
}

function indexOfAny(s: string, chars: string, from: number): number {
  for (let i = from; i < s.length; i++) if (chars.includes(s[i] as string)) return i;
  return -1;
}

/** True when `s` from `from` on holds a non-space, then a space, then a non-space (two words). */
function hasTwoWords(s: string, from: number): boolean {
  let state = 0; // 0: nothing yet, 1: inside a word, 2: a gap after a word
  for (let i = from; i < s.length; i++) {
    const space = /\s/.test(s[i] as string);
    if (state === 0 && !space) state = 1;
    else if (state === 1 && space) state = 2;
    else if (state === 2 && !space) return true;
  }
  return false;
}

const LEADING_MARKS = '"“”«‘\'`';
const TRAILING_MARKS = '"“”»’\'`';

/** Strips the enclosing quotation marks of pasted words (and a final . ? or ! after the closing marks). */
export function unquote(text: string): string {
  const s = text.trim();
  let start = 0;
  while (start < s.length && LEADING_MARKS.includes(s[start] as string)) start++;
  let end = s.length;
  // A closing run of marks may be followed by one . ? or !, which goes with it ("...spoiler".).
  const stop = end - 2 >= start && '.?!'.includes(s[end - 1] as string) && TRAILING_MARKS.includes(s[end - 2] as string) ? end - 1 : end;
  let cut = stop;
  while (cut > start && TRAILING_MARKS.includes(s[cut - 1] as string)) cut--;
  if (cut < stop) end = cut;
  return s.slice(start, end).trim();
}
