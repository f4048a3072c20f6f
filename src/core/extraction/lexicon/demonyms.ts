/**
 * Demonyms: words for where a person is from ("the American", "the Irishman", "Australian Lynton Crosby"). Alone
 * after "the" they describe a person the text has named; before a person's name they say where the person is from.
 * Never a name by themselves ("said the American" is Andre Agassi, not a man called "American").
 */
import { set } from './words.js';

export const DEMONYMS: ReadonlySet<string> = set(`american british briton french frenchman frenchwoman german russian
chinese japanese spanish spaniard italian european belgian brazilian irish irishman irishwoman texan dutch dutchman
dutchwoman kiwi ukrainian canadian australian indian israeli iranian mexican swiss swede swedish norwegian danish
polish greek turk turkish korean scot scottish scotsman scotswoman welsh welshman welshwoman english
englishman englishwoman african asian argentine argentinian portuguese austrian hungarian czech serb serbian croat
croatian nigerian kenyan egyptian pakistani afghan iraqi syrian saudi palestinian lebanese jordanian californian
londoner parisian corkman yorkshireman northerner southerner colombian venezuelan chilean peruvian romanian
bulgarian slovak slovenian lithuanian latvian estonian armenian`);

/** Demonyms that are nouns for a person ("Spaniard Guillermo Ruiz"), never an adjective of a body's name. */
export const PERSON_DEMONYMS: ReadonlySet<string> = set(`briton frenchman frenchwoman spaniard irishman irishwoman dutchman
dutchwoman kiwi swede scot scotsman scotswoman welshman welshwoman englishman englishwoman londoner parisian corkman
yorkshireman`);

/** Demonyms that are also family or given names ("Dawn French", "Bill English", "German Gref"): alone, maybe a person. */
export const NAME_DEMONYMS: ReadonlySet<string> = set('french english welsh irish german');
