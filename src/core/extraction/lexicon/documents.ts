/** Documents and things said: sources that are no person ("the suit added", "his remarks"). */
import { set } from './words.js';

/** Documents that "say" things ("the suit added", "according to court records"): anonymous sources. */
export const DOC_NOUNS = set(`suit lawsuit statement report letter complaint filing filings document documents record records
study survey poll website memo indictment ruling affidavit transcript transcripts testimony data figures release
analysis review audit notice order judgment judgement petition motion brief regulations`);

/** Documents one puts out, whose later "the <noun> said" speaks for the one who put it out. */
export const ISSUED_DOCUMENTS: ReadonlySet<string> = set(`statement letter release note message email e-mail memo report document`);

/** Verbs of putting a document out ("issued a statement"). */
export const ISSUE_VERBS: ReadonlySet<string> = set(`issued released sent published posted`);

/** Determiners of a document put out ("in a statement", "in its letter"). */
export const ISSUE_DETERMINERS: ReadonlySet<string> = set(`a an its his her their`);

/**
 * Participles between a document and its author ("a report released by X", "the average compiled by X", "a lawsuit
 * filed by X").
 */
export const PUT_OUT: ReadonlySet<string> = set(`released published issued compiled conducted commissioned produced prepared written posted sent filed`);

/** Time words between a document and its author ("a report Tuesday from WKOW", "a poll released last week by X"). */
export const WHEN_PUT_OUT: ReadonlySet<string> = set(`on last this earlier today yesterday week month year`);

/**
 * Prepositions of a short place or time phrase between a put-out participle and "by" ("a lawsuit filed in
 * Manhattan by X", "a report issued over the summer by X", "a complaint filed against the bank by X").
 */
export const PUT_OUT_GAP_PREPOSITIONS: ReadonlySet<string> = set(`in on over during at against`);

/** Works with authors, besides the documents of `DOC_NOUNS`. */
export const AUTHORED = new Set(['book', 'article', 'paper', 'column', 'memoir', 'memoirs', 'blog', 'editorial', 'essay', 'op-ed', 'tweet', 'note', 'research', 'forecast', 'estimate', 'estimates', 'projections', 'calculations', 'count', 'tally', 'story', 'declaration', 'polls']);

/** Words after which a quoted title names a work ("the author of "The Quiet Harbour"", "a film called "Tides""). */
export const TITLE_LEADS: ReadonlySet<string> = set(`of titled entitled called`);

/** Nouns for what someone said ("X's remarks"), besides the documents of DOC_NOUNS. */
export const SPEECH_NOUNS = new Set(['remarks', 'comments', 'speech', 'words', 'interview', 'address', 'announcement', 'answer', 'response', 'reply', 'warning', 'argument', 'claim', 'claims', 'message', 'tweet', 'tweets', 'post', 'op-ed', 'column', 'account', 'explanation']);

/** A noun for words someone said or a document someone wrote ("Comey's statement", "Smith's remarks"). */
export const isWordsNoun = (lw: string): boolean => SPEECH_NOUNS.has(lw) || DOC_NOUNS.has(lw);
