/**
 * Function words and the word classes the rules read a sentence by: pronouns, determiners, prepositions,
 * auxiliaries, the words that never start a name, abbreviations whose full stop ends no sentence.
 */
import { set } from './words.js';
import { isTitleCasedWithEnding } from '../word-shape.js';

/** Personal pronouns that can speak, with what they may refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'plural' | 'thing' | 'self'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'plural'], ['it', 'thing'], ['i', 'self'], ['we', 'self'],
]);

/**
 * Lower-case words that may sit inside a name ("Bashar al-Assad", "Center for Reconciliation", "Joris ten Hove"; the
 * Dutch "ten" and "ter" since session 20: "said Joris ten Hove" was "Joris", whole corpus unchanged).
 */
export const NAME_PARTICLES = set(`al el bin ibn de del della der den di da van von le la du dos das ten ter st. of for and the y`);

/**
 * Surname particles that may come two together inside a name ("van der Stel", "de la Serna", "von der Leyen",
 * "van ter Borg"): NAME_PARTICLES' European ones. (Session 19 kept "ten" and "ter" here only, since the gate's own
 * name-word pattern did not know them; the gate reads `isNameParticle` since session 20, and NAME_PARTICLES has them.)
 */
export const STACKED_PARTICLES = set(`van von de der den la le du da di del della dos das ten ter`);

/**
 * The lower-case particles of a person's family name ("Ursula von der Leyen", "Osama bin Laden", "Luiz da Silva"):
 * NAME_PARTICLES without the words that also join organisations' names (of, for, and, the) or places (st.).
 */
export const SURNAME_PARTICLES = set(`de da di du van von der den del la le bin al ibn`);

/**
 * Particles of a family name, one predicate for every reader (session 20): SURNAME_PARTICLES, STACKED_PARTICLES,
 * "el" and "abu" ("Mohamed el Baradei"). The name gate, the confidence model's name shape and a name that opens with a particle
 * ("van Gogh said") read it; the run reader (names.ts) reads NAME_PARTICLES and STACKED_PARTICLES by position.
 */
const FAMILY_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, ...STACKED_PARTICLES, 'el', 'abu']);

/** A lower-case particle of a family name ("von", "der", "bin", "da"). */
export function isSurnameParticle(lw: string): boolean {
  return FAMILY_PARTICLES.has(lw);
}

/** A lower-case word that may sit inside a name: a surname particle or a joining word ("of", "and", "y", "st."). */
export function isNameParticle(lw: string): boolean {
  return FAMILY_PARTICLES.has(lw) || NAME_PARTICLES.has(lw);
}

/** Dutch particles before a contracted article ("Sophie in 't Veld", "van 't Hek"). */
export const DUTCH_PARTICLES = set(`in van op aan`);

/**
 * Particles written joined to the name by a hyphen or an apostrophe ("al-Assad", "bin-Laden", "d'Estaing",
 * "abu-Ahmed"), lower-case. The tokenizer's capital, the name gate and the surname keys read them (`gluedParticle`).
 */
export const GLUED_PARTICLES = set(`al el ad as bin ibn abu d de da di du van von le la o`);

const GLUED_PARTICLE = new RegExp(`^(?:${[...GLUED_PARTICLES].join('|')})[-'’]`, 'u');
const GLUED_PARTICLE_NAME = new RegExp(`${GLUED_PARTICLE.source}\\p{Lu}`, 'u');

/** The length of a glued particle and its joining mark opening `word` ("al-Assad" -> 3, "d'Estaing" -> 2), else 0. */
export function gluedParticle(word: string): number {
  return GLUED_PARTICLE.exec(word)?.[0].length ?? 0;
}

/** The elided particles of "d'Estaing", "O'Neill": part of the surname, never dropped from it. */
export const ELIDED_PARTICLES = set(`d o`);

/**
 * The length of a glued particle a family name is also written and asked without ("al-Assad" is "Assad" -> 3;
 * "bin-Laden" -> 4), else 0: a glued particle that is not elided (ELIDED_PARTICLES).
 */
export function droppedParticle(word: string): number {
  const n = gluedParticle(word);
  return n > 0 && !ELIDED_PARTICLES.has(word.slice(0, n - 1)) ? n : 0;
}

/** A particle glued to a capitalised name ("al-Assad", "d'Estaing", "van-Persie"): a name word written in lower case. */
export function isGluedParticleName(word: string): boolean {
  return GLUED_PARTICLE_NAME.test(word);
}

/** Words that start a sentence with a capital but never a name. */
export const NOT_NAME = set(`the a an and but or so yet for nor in on at to of by with from as if when while after
before since because although though however meanwhile moreover also this that these those there here it its he she
they we i you his her their our my your who what which where why how mr mrs ms dr not no yes one two three some many
most more all both each every any other another such only even still then now today yesterday tomorrow
asked speaking during under over about into through against without between among within last next this week
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december according earlier later despite instead unlike like until unless whether
back again perhaps indeed thus hence soon often sometimes even just certainly clearly obviously overall
ultimately finally first second third next wherever whatever whenever whoever neither either nor several few
asked told said says added having being given following including excluding regarding
beyond amid amidst amongst upon via throughout besides except toward towards across behind along around
regardless nevertheless nonetheless notwithstanding absent
interestingly initially already apparently reportedly allegedly presumably originally previously recently currently
eventually separately additionally unfortunately fortunately importantly notably similarly likewise otherwise anyway
basically essentially generally typically usually normally frankly honestly surprisingly ironically sadly hopefully
maybe actually
i'm i’m i'd i’d i've i’ve i'll i’ll
`);

/**
 * Auxiliaries that open a question or an inverted clause with a capital ("Does Rubio think", "Had Sanders won",
 * "Would Adam Schiff"): never a given name, so never the first word of a name. Kept apart from `NOT_NAME`, which
 * also trims a description's first words. "Will" and "May" are given names and stay out.
 */
export const AUXILIARY_OPENERS: ReadonlySet<string> = set(`does did would could should had`);

/** Indefinite pronouns: "Nobody replied", "Everyone laughed" name no one, even with a capital. */
export const INDEFINITE_PRONOUNS = set(`nobody no-one everybody everyone someone somebody anyone anybody nothing none`);

/** Lower-case words that show a phrase is part of a clause, not a name ("Boudreau gave his players"). */
export const CLAUSE_WORDS = set(`his her their its him them i we you he she they this that these those is was were
are has had have be been gave give gives said says say told tells asked asks receive receives received sought seeks
took takes made makes wrote writes called calls lost won must should would could will can may might did does do ran
runs recently also not who which whose what when where`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`mr mrs ms dr st gen sen rep gov lt col capt sgt prof rev jr sr inc ltd co corp no vs etc
jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.g i.e a.k.a adm cmdr gov pres maj brig ft mt messrs hon
`);

/** Words that by themselves open a second name of the same person or body ("Brian Holt, AKA Night Harbour", "a.k.a."). */
export const ALIAS_MARKERS = set(`aka a.k.a`);

/** Words that may stand before "known as" opening a second name ("also known as", "better known as"). */
export const KNOWN_AS_LEADS = set(`also better`);

/** Prepositions, for reading where a name or description stops (and, in questions, words that are no topic). */
export const PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'from', 'with', 'on', 'to', 'by', 'about', 'against', 'under', 'over', 'before', 'after', 'into', 'between', 'among', 'during', 'within', 'toward', 'towards', 'through', 'across', 'behind', 'near', 'than', 'like', 'as', 'amongst', 'upon', 'despite', 'throughout', 'beyond']);

/**
 * Function words a body's name writes with a capital inside it ("Citizens Against Crime", "Campaign For Fair
 * Votes", "Fair Votes Now"): between two capitalised words they join the name instead of cutting it; "now" and
 * "today" may close it.
 */
export const TITLE_CASE_JOINERS = set(`against for with without on over under in at by of from to into about beyond
across behind around through between among amongst now today`);
/** Of the joiners, those that may end a body's name ("Fair Votes Now", "USA Today"). */
export const TITLE_CASE_CLOSERS = set(`now today`);

/**
 * Prepositions whose capitalised object may run on through "and" into one name of a body or a constituency ("MP for
 * Sleaford and North Hykeham", "Centers for Disease Control and Prevention", "Secretary of State for Culture, Media and
 * Sport"): the words after "and" there are no subject of a clause of their own (`joined-speaker.ts`).
 */
export const NAME_JOINING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);

/** Prepositions that place a person named before them ("Tom Kirwan in Lisbon", "Ann Roe at the mill"). */
export const PLACING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from']);

/** Words that open a description ("the", "a", "his", "several", "former"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'other', 'another', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'both', 'most', 'all', 'few', 'senior', 'former']);

/** Words that attach a comparison or time clause ("as", "since", "than"). */
/** Prepositions of likeness ("such as X", "like X"): a name after them is an example, not a clause's object. */
export const COMPARING_PREPOSITIONS: ReadonlySet<string> = new Set(['as', 'like']);
export const CONJUNCTIVE = new Set(['as', 'like', 'after', 'before', 'since', 'until', 'than']);

/** Punctuation that ends a chunk of a subject (appositives and asides). */
export const CHUNK_BREAK = new Set([',', '—', '–', '-', '(', ')', ';', ':', '[', ']']);

/** Words that end a description: relative pronouns, conjunctions, auxiliaries, speech verbs. */
export const STOP_DESC = new Set(['who', 'that', 'which', 'whose', 'where', 'when', 'while', 'and', 'but', 'said', 'says', 'told', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'also', 'not']);

/** Words before a speech-verb form that make it a noun ("the claims", "his reports"). */
export const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'your', 'my', 'such', 'no', 'any', 'every', 'whose', 'of', 'so-called', 'to']);

/** Words whose "'s" is "is" or "has", never a possessive ("that's said", "who's told"). */
export const CONTRACTED_BEFORE: ReadonlySet<string> = new Set(['that', 'there', 'who', 'what', 'where', 'here', 'everyone', 'nobody', 'someone', 'everybody', 'somebody']);

/** Lower-case words after which a capitalised word's "'s" is a pronoun's or a title's, not a name's ("Let's", "It's"). */
export const NOT_NAME_BEFORE_CONTRACTION: ReadonlySet<string> = new Set(['it', 'let', 'this', 'that']);

/** Words that open a description only to point back ("the host", "this champion"), saying nothing of whom. */
export const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/**
 * Words after a name's "'s" that make it "is" or "has", never a possessive: a participle of "have" or "go", a
 * negation or time adverb, an article ("Curry's been", "Jones's got to", "Hale's not fit", "Hale's a good man",
 * "Hale's going to"). Not every -ing word: "Hale's spending plans", "Hale's calling him a liar" own the -ing word.
 * Mapped to the verb the "'s" stands for.
 */
export const CONTRACTED_VERB_AFTER_NAME: ReadonlyMap<string, 'is' | 'has'> = new Map([
  ['been', 'has'], ['got', 'has'], ['gone', 'has'], ['not', 'is'], ['never', 'has'], ['still', 'is'], ['already', 'has'],
  ['a', 'is'], ['an', 'is'], ['going', 'is'], ['getting', 'is'],
]);

/**
 * Prepositions of place before a name with "'s": the name is their object, a shop or a home named by its owner
 * ("Outside Hallam's a spokeswoman said", "At Brenner's a manager said"), never the subject of a contracted "is" that
 * `CONTRACTED_VERB_AFTER_NAME` would read.
 */
export const PLACE_BEFORE_OWNER: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'outside', 'near', 'into', 'from', 'behind', 'opposite']);

/** Forms of "be": the noun phrase after one describes the verb's subject (""he is also the most able candidate Hale argues""). */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Pronouns that are the subject of the verb after them ("he added", "they said"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);

/** Personal pronouns as a verb's object: the hearer a comment clause's verb may take ("as one banker told me,"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them']);

/** Third-person singular pronouns in every case, by the gender they say ("his", "herself"). */
export const GENDERED_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/** Determiners that open a noun phrase a modifier and a head noun follow ("the AP report", "a Gazette claim"). */
export const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Plural nouns with no final "s" ("the police say", "the people claim"): a verb agrees with them. */
export const PLURAL_NOUNS_WITHOUT_S: ReadonlySet<string> = new Set(['police', 'people', 'men', 'women', 'children', 'staff', 'media', 'public', 'clergy', 'crew', 'team', 'government', 'family', 'jury', 'committee', 'council', 'board', 'panel', 'club', 'party', 'majority', 'minority', 'rest', 'latter', 'former', 'other', 'two', 'three', 'four', 'five', 'few', 'many', 'both', 'military']);

/** Auxiliaries of the passive ("was told", "is said"): the verb is no act of speech by its subject. */
export const PASSIVE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'get', 'got']);

/** Words that open a time or setting adjunct after a verb ("on Thursday", "in a statement"). */
export const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'to', 'via', 'through', 'after', 'before', 'from', 'with', 'last', 'this', 'earlier', 'while', 'over', 'under', 'by', 'as', 'when', 'because', 'since', 'outside', 'inside']);

/** Tenures of an office joined before one plural role ("current and former officials", "past and present members"). */
export const TENURE_MODIFIERS: ReadonlySet<string> = new Set(['current', 'former', 'past', 'present', 'retired', 'serving']);

/** Subordinating conjunctions whose clause is not what the speaker reported ("Although ..."). */
export const SUBORDINATORS = new Set(['although', 'though', 'whereas', 'despite']);

/** Words that open a clause right after a one-word hearer ("told reporters the ..."). */
export const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'no', 'his', 'her', 'their', 'its', 'this', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'some', 'many', 'most', 'all', 'every', 'nothing', 'nobody', 'none']);

/** Words that cannot open a reported clause ("said to be", "said of", "said goodbye"). */
export const NOT_CLAUSE = new Set(['to', 'of', 'for', 'by', 'with', 'about', 'so', 'yes', 'no', 'nothing', 'goodbye', 'hello', 'thanks', 'sorry', 'and', 'or', 'but', 'as', 'than', 'at', 'in', 'on', 'from', 'into', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'not', 'something', 'anything', 'much', 'more', 'little', 'enough', 'otherwise', 'later', 'earlier', 'publicly', 'previously', 'repeatedly', 'before', 'after', 'afterwards', 'during', 'through', 'via', 'under', 'over', 'when', 'where', 'how', 'why', 'what', 'which', 'who']);

/** Finite verbs and auxiliaries: one between a name and a cue makes the name another clause's subject. */
export const FINITE_VERBS = new Set(['is', 'was', 'were', 'are', 'would', 'will', 'has', 'have', 'had', 'could', 'should', 'can', 'may', 'might', 'did', 'does', 'do', 'took', 'made', 'came', 'went', 'got']);

/** Auxiliaries, conjunctions and prepositions: never a modifier noun between two names ("consumer goods giant"). */
export const FUNCTION_WORDS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'does', 'did', 'have', 'are', 'were', 'be', 'been', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'which', 'who', 'also', 'not', 'then', 'now', 'told', 'says', 'said']);

/**
 * Finite forms of verbs that take a person, a team or a body as their object, and of "include": never a modifier noun
 * between two names, as "spokesman" is in "State Department spokesman John Kirby" (session 28: `Morgan Freeman beat
 * actors including Clive Owen`, `Hillary Clinton leads Bernie Sanders`, `Fellow nominees include Imelda Staunton`,
 * `Ferguson believes Henry` read the second name as the sentence's subject). Only forms that are no noun or adjective
 * before a name: not "lead" ("lead singer"), "hope" ("Olympic hope"), "left" ("left winger"), "top" ("top seed").
 */
export const OBJECT_VERB_FORMS: ReadonlySet<string> = set(`beat beats leads led won wins give gives gave meet meets met
  buy buys bought quit quits keep keeps kept send sends sent choose chooses chose chosen lose loses lost include includes
  including believe believes hopes want wants see sees saw think thinks thought thank thanks join joins face faces
  replace replaces sign signs overtook trails sell sells sold became bring brings brought spent say tells urges accuses`);

/** Words before a pronoun that make it an object, not a subject ("told him", "with her"). */
export const OBJECT_LIKE = new Set(['told', 'asked', 'tell', 'ask', 'to', 'with', 'for', 'than']);

/** Relative pronouns: "who", "which", "whose", "whom" open an aside about the word before them. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);
/** A relative pronoun ("who", "which", "whose", "whom"). */
export const isRelativePronoun = (lw: string): boolean => RELATIVE_PRONOUNS.has(lw);

/** Relative pronouns that refer to a person ("who", "whose", "whom"; not "which"). */
export const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);
/** A relative pronoun that refers to a person. */
export const isPersonRelative = (lw: string): boolean => PERSON_RELATIVES.has(lw);

/**
 * "who" or "whose": the relatives that open an aside on a person right after a comma ("Mr Kennedy, whose party
 * ..."; not "whom", which follows a preposition).
 */
export const isWhoOrWhose = (lw: string): boolean => lw === 'who' || lw === 'whose';

/** Words that open a relative aside, of a person, a thing, a place or a time ("who", "which", "where", "when"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'where', 'when']);

/** Words that open a reported question ("asked whether ...", "asked him why ..."). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'whom', 'which', 'where', 'when']);

/**
 * Words that open a reported clause after a verb of explaining or noting ("explained how ...", "noted why ..."): not
 * "when" or "where", which open a setting as often ("said when asked", "spoke where the pier stood").
 */
export const WH_REPORT_OPENERS: ReadonlySet<string> = new Set(['how', 'why', 'what']);

/**
 * A lower-case word that may open a clause before a name rather than modify it ("But what Mr. Clinton used to do ...",
 * "Meanwhile, unless Ada Holt ..."): "how", "unless" or any word spelled "wh..." (the wh-words with "while" and
 * "whatever"; by the spelling alone, so "white" and "whole" count too, as measured in session 24).
 */
export const mayOpenClause = (lw: string): boolean => /^(?:wh|how$|unless$)/u.test(lw);

/**
 * Words that join a subordinate clause to a main clause before it ("The ferry was grounded after the Gazette reported",
 * "One thing in her favour is that most voters said"): the speech verb after one is that clause's, and so is its subject.
 */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'because', 'since', 'until', 'once', 'while', 'although', 'though', 'whereas', 'that']);

/** Words that open a fronted subordinate clause ("When X asked Y how ..., Y said"). */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set(['when', 'as', 'after', 'while', 'before', 'once', 'because', 'since']);

/**
 * A word that opens a subordinate clause put before the main clause, whose verbs report only inside it ("When Maddow
 * said ..., Clinton ...", "Although Ada Holt has argued ..., the board ...", "If X said ..."): `FRONTED_OPENERS`,
 * `SUBORDINATORS` or "if".
 */
export const opensFrontedClause = (lw: string): boolean => FRONTED_OPENERS.has(lw) || SUBORDINATORS.has(lw) || lw === 'if';

/** "not" or "never": the negation a reported to-infinitive may open with ("promised not to") or a verb may follow ("has not explained"). */
export const isNegationWord = (lw: string): boolean => lw === 'not' || lw === 'never';

/** An auxiliary with a contracted "not" ("hasn't", "didn’t"), as the tokenizer keeps it: one word. */
export const isContractedNegation = (lw: string): boolean => lw.endsWith("n't") || lw.endsWith('n’t');

/** Words before a participle that make it passive ("when asked", "if asked", "after being asked"). */
export const PASSIVE_LEADS: ReadonlySet<string> = new Set(['when', 'if', 'after', 'once', 'before', 'as', 'being', 'unless', 'until']);

/** Coordinating conjunctions that join a second verb to the same subject ("... and added", "but said"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** "and", "but" or "or". */
export const isCoordinator = (lw: string): boolean => COORDINATORS.has(lw);
/**
 * "and" or "but" joining a second main clause with its own subject ("... win and Keegan sympathised"), or opening a
 * sentence as one ("But for Hale, ...").
 */
export const MAIN_CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);
/** Verbs after an empty "it" whose clause holds the real subject ("it now appears Pearce is keen", "it emerged that"). */
export const SEEMING_VERBS: ReadonlySet<string> = new Set(['appears', 'appeared', 'seems', 'seemed', 'emerged']);
/** Words before "X and Y" that make the two one phrase, not two clauses ("between Blair and Brown", "both X and Y"). */
export const PAIRING_WORDS: ReadonlySet<string> = new Set(['between', 'both', 'neither', 'either']);
/**
 * Words that may open a clause before a subject of two people joined by "and" ("But Mr. Grassley and Mr. Leahy say",
 * "while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested", "Both Mr. King and Mr. Schultz say").
 */
export const JOINT_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'while', 'whereas', 'both']);
/** "and" or "or": a list of several people or things ("the families, supporters and officials"). */
export const isListJoiner = (lw: string): boolean => lw === 'and' || lw === 'or';

/**
 * Conjunctions that open a clause with a subject of its own right after a closing quote mark ('accuses X of "..." and
 * Y says ...', '"quite an honour" while Muse said ...'): the verb after them reports its own clause, not the quote.
 */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([...COORDINATORS, ...SUBORDINATORS, 'while']);

/** Quantifiers that make a description plural or partial ("some", "many", "most of the ..."). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'all', 'both', 'other', 'others']);

/** Words that make a number approximate ("about 40", "nearly half", "some 300"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'just', 'only', 'some', 'a']);

/** Prepositions that open an aside between a name and its verb ("Gibbons, on his first day, said"). */
export const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'while']);

/** Indefinite and demonstrative determiners: "a spokesman", "one official", "that man" name nobody in particular. */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'that', 'this']);
/** Determiners that point back at something named ("this official", "that source"): never an unnamed one. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** "the", "a" or "an": the articles of grammar. */
export const isGrammaticalArticle = (lw: string): boolean => lw === 'the' || lw === 'a' || lw === 'an';

/** The first word of `phrase` and the white space after it, when there is white space after it. */
const FIRST_WORD = /^(\S+)\s+/;

/** True when `phrase` opens with an article and a space ("the Tory leader", "A spokesman"), in any case. */
export const opensWithArticle = (phrase: string): boolean => {
  const m = FIRST_WORD.exec(phrase);
  return m !== null && isGrammaticalArticle(m[1]!.toLowerCase());
};

/** `phrase` without its opening article and the space after it ("the Tory leader" -> "Tory leader"). */
export const withoutOpeningArticle = (phrase: string): string => {
  const m = FIRST_WORD.exec(phrase);
  return m !== null && isGrammaticalArticle(m[1]!.toLowerCase()) ? phrase.slice(m[0].length) : phrase;
};

/**
 * Prepositions after which "a" or "an" stays inside a body's name ("Campaign for a Fair Vote"); after any other word
 * an article inside the name opens a clause ("Lost a High Court action"). Fewer than `PREPOSITIONS`: the name gate's
 * reading, kept as measured.
 */
export const ARTICLE_KEEPING_PREPOSITIONS: ReadonlySet<string> = set('for of to in on with against');
/**
 * Prepositions and conjunctions after which "the" stays inside a body's name ("Friends of the Earth", "Bell & the
 * Band"): those keeping "a", and "at", "from", "by", "and", "&".
 */
export const DEFINITE_KEEPING_JOINERS: ReadonlySet<string> = new Set([...ARTICLE_KEEPING_PREPOSITIONS, 'at', 'from', 'by', 'and', '&']);

/** Lower-case words that join the parts of a body's name ("Bank of England", "Center for Reconciliation"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the']);
/** "of", "for", "and" or "the" inside a name. */
export const isNameJoiner = (lw: string): boolean => NAME_JOINERS.has(lw);
/**
 * Lower-case words inside a body's name that opens an office after a person's name ("NAME, Department of Health
 * press officer,", "Food and Drug Administration", "Bell & Co"): `NAME_JOINERS` with "&" for "the", which would end
 * the body's name there (`bodyOfficeAfterName`, kept as measured in session 23).
 */
export const OFFICE_BODY_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&']);

/**
 * The prepositions inside a body's name written in capitals that opens a stored role ("Bank of America head of
 * currency strategy", "Centers for Disease Control spokesman"): the role index reads the office from the last word
 * before a role's first preposition, so these would cut the body's name from its office (speakers/roles.ts).
 */
export const ROLE_BODY_JOINERS: ReadonlySet<string> = new Set(['of', 'for']);

/** Words that join an office to its owner in a role question ("tourism minister of Sylvania", "managing director at Orvan Rail"; speakers/roles.ts `roleOwners`). */
export const OWNER_JOINERS: ReadonlySet<string> = new Set([...ROLE_BODY_JOINERS, 'at']);

/**
 * Lower-case words after which capitalised words go on a name opened by "of" or "for" ("MP for Dunmore and Kelty",
 * "Forum of Radio and Broadcast Regulators", "singer of Under the Bridge"): the words after them are that name's
 * tail, not a person's name (`continuesNameAfterOf`, names.ts). ("&" alone is punctuation to the tokenizer, never a
 * word, so it is not listed.)
 */
export const NAME_TAIL_JOINERS: ReadonlySet<string> = new Set(['and', 'the']);
/**
 * Prepositions that open the capitalised name of a place, body or work after a role or a body's head ("MP for",
 * "Conference of"), or a role after a party label ("Democrat of Tennessee"). The same words as `ROLE_BODY_JOINERS`,
 * read on an article's words rather than a question's.
 */
export const NAME_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);

/** Possessive determiners: "His campaign" describes, it does not name. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Possessive pronouns before an office whose owner the article named before ("his campaign manager, NAME,"): the
 * owner each points at, a man, a woman or a body. "their" is left out: a team, a couple, a firm.
 */
export const OWNER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'body'> = new Map([['his', 'm'], ['her', 'f'], ['its', 'body']]);

/** Prepositions and conjunctions that cannot open a name ("for Witney", "of Take-Two", "and Manuel Millan"). */
export const NOT_NAME_OPENERS: ReadonlySet<string> = new Set(['for', 'of', 'in', 'at', 'from', 'with', 'on', 'to', 'by', 'and', 'or', 'but', 'as', 'than', 'nor', 'after', 'before', 'about', 'under', 'over']);

/**
 * Given names that end like a participle ("Fred", "Irving"): a capitalised -ed/-ing word opening a name run is
 * a sentence's participle ("Hosting Cook, ...") unless it is one of these.
 */
export const PARTICIPLE_LIKE_GIVEN_NAMES: ReadonlySet<string> = set(`fred alfred manfred wilfred winifred mildred jared
mohammed mohamed muhammed mohammad ahmed hamed mehmed syed sigfried siegfried irving sterling channing manning fleming
browning darling`);

/** Forms of "be", capitalised only at a sentence's start or in a title-cased headline: never a word of a name. */
export const TITLE_CASE_BE: ReadonlySet<string> = set(`is are was were`);

/** Conjunctions that, capitalised after a quote, open a sentence of their own ('"..." And X said it was ...'). */
export const SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'however', 'meanwhile']);

/** Reflexives that only stress the subject before a verb ("Cruz himself said"). */
export const INTENSIFYING_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Prepositions whose object is somebody spoken about, not a new voice ("a fee for striker X"); "from" and "by" name sources. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'with', 'against', 'to', 'on', 'about', 'over', 'of', 'at', 'in', 'into', 'than', 'like', 'as']);

/**
 * Words that open an adverbial when a preposition or subordinator follows them ("Early in his campaign,", "Ever
 * since she endorsed X,", "Shortly after the vote,", "Long before ..."): never the sentence's subject there.
 */
export const ADVERBIAL_LEADS: ReadonlySet<string> = new Set(['early', 'late', 'ever', 'even', 'shortly', 'soon', 'just', 'right', 'long', 'not', 'well', 'only', 'immediately', 'moments', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'back', 'once']);

/** Words that may follow an adverbial lead ("in", "since", "after", "before", "when"...). */
export const ADVERBIAL_LEAD_FOLLOWERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'into', 'when', 'while', 'as', 'once', 'until', 'following', 'ahead', 'then', 'so', 'again']);

/**
 * A capitalised manner or sentence adverb by its shape ("Interestingly", "Hastily", "Ultimately", "Separately"):
 * six letters or more ending in "ly", but not the endings of given names ("Kelly", "Connolly", "Carly",
 * "Kimberly") nor short "-ily" words ("Emily", "Family").
 */
export function isSentenceAdverbShape(w: string): boolean {
  if (w.length < 6 || !isTitleCasedWithEnding(w, 'ly')) return false;
  if (/(?:lly|rly)$/.test(w)) return false;
  return !/ily$/.test(w) || w.length >= 7;
}

/**
 * Lower-case finite verbs of speech and being, which never stand inside a role: a role read up to one of them ran on
 * into the sentence ("economist at Global Insight said the MPC", "Tories say Labour is acting too late while the").
 * Relative clauses ("who heads the centre") are left alone: they often state the office.
 */
export const ROLE_CLAUSE_VERBS = set('is are was were has have had say says said told tells');

/** Relative words that open the clause a cut role leaves unfinished ("state delegate who", "the school that"). */
export const ROLE_RELATIVES = set('who whose which that where when while');

/** Words that open a clause, never a role ("but he", "so it", "and War on Want"). */
export const ROLE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'so', 'yet', 'he', 'she', 'it', 'they', 'we', 'i']);

/**
 * Sentence adverbs and conjunctions that never open a role: an appositive read as one ("Vivendi, however, has said",
 * "said Roddick, though", "The Halifax, meanwhile, said") is an aside of the sentence, not the speaker's office.
 * (Not "now", "once", "then": "now chairman of", "then president" state an office.)
 */
export const ROLE_NON_OPENERS: ReadonlySet<string> = new Set(['however', 'meanwhile', 'meantime', 'though', 'although', 'despite', 'because', 'if', 'unless', 'whether', 'again', 'too', 'also', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'indeed', 'and', 'but', 'or', 'so', 'yet', 'while', 'whereas', 'since', 'until', 'after', 'before', 'as', 'when']);

/** Words a role read from a relative clause does not end on: articles, prepositions, conjunctions. */
export const ROLE_TRAILING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'at', 'on', 'as', 'and', 'or', 'with', 'by', 'from', 'her', 'his', 'their', 'its']);

/**
 * Words `sentenceSubject` steps over at a sentence's start to reach its subject ("However, ...", "Later that night,
 * Trump ...", "Yesterday the minister ...").
 */
export const SKIPPED_BEFORE_SUBJECT: ReadonlySet<string> = new Set(['however', 'meanwhile', 'but', 'and', 'yet', 'still', 'also', 'instead', 'indeed', 'so', 'then', 'now', 'later', 'earlier', 'separately', 'today', 'yesterday', 'tonight', 'here', 'there']);

/** Words of `SKIPPED_BEFORE_SUBJECT` that open a short adverbial chunk running to its comma ("Later that night, Trump ..."). */
export const ADVERBIAL_CHUNK_OPENERS: ReadonlySet<string> = new Set(['later', 'earlier', 'here', 'there']);

/** Words opening an adverbial clause before a sentence's subject ("Asked about it, X said", "When ..., X ..."). */
export const ADVERBIAL_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['asked', 'when', 'while', 'after', 'before', 'as', 'although', 'though', 'if', 'since', 'because']);

/** Modals of a guess, not a report: "Some will recall", "Few would argue", "many might say" (descriptions.ts). */
export const GUESSING_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'should']);

/** "has", "have", "had": the auxiliary "long" follows when it means "for a long time" ("has long said"; subjects.ts). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Pronouns whose "'s" is "has" or "is" ("he's said"; subjects.ts). */
export const CONTRACTING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
