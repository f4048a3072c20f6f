import { describe, expect, it } from 'vitest';
import { inflect, verbForms } from '../../../src/core/extraction/lexicon/inflect.js';
import {
  CLAUSE_VERBS, OBJECT_VERBS, PARTICIPLE_CUES, QUOTE_ONLY_VERBS, SPEECH_VERBS, SPEECH_VERB_LIST, parseSpeechVerb,
} from '../../../src/core/extraction/lexicon/speech-verbs.js';

describe('verbForms: inflections generated from a base form', () => {
  it('regular verbs take -s, -ed and -ing', () => {
    expect(verbForms('scoff')).toEqual({ base: 'scoff', third: 'scoffs', past: 'scoffed', ing: 'scoffing' });
    expect(verbForms('warn')).toEqual({ base: 'warn', third: 'warns', past: 'warned', ing: 'warning' });
  });

  it('a base in -e drops it before -ing; one in -ee keeps both', () => {
    expect(verbForms('note')).toEqual({ base: 'note', third: 'notes', past: 'noted', ing: 'noting' });
    expect(verbForms('argue')).toEqual({ base: 'argue', third: 'argues', past: 'argued', ing: 'arguing' });
    expect(verbForms('agree')).toEqual({ base: 'agree', third: 'agrees', past: 'agreed', ing: 'agreeing' });
  });

  it('a consonant before -y turns it into -ies / -ied; a vowel before it does not', () => {
    expect(verbForms('testify')).toEqual({ base: 'testify', third: 'testifies', past: 'testified', ing: 'testifying' });
    expect(verbForms('convey')).toEqual({ base: 'convey', third: 'conveys', past: 'conveyed', ing: 'conveying' });
  });

  it('sibilant endings take -es', () => {
    expect(verbForms('stress').third).toBe('stresses');
    expect(verbForms('gush').third).toBe('gushes');
    expect(verbForms('vouch').third).toBe('vouches');
  });

  it('a trailing "+" doubles the final consonant before -ed and -ing only', () => {
    expect(verbForms('quip+')).toEqual({ base: 'quip', third: 'quips', past: 'quipped', ing: 'quipping' });
    expect(verbForms('admit+')).toEqual({ base: 'admit', third: 'admits', past: 'admitted', ing: 'admitting' });
  });

  it('irregular forms declared beside the base win over the rules', () => {
    expect(verbForms('say', { past: 'said' })).toEqual({ base: 'say', third: 'says', past: 'said', ing: 'saying' });
    expect(verbForms('write', { past: 'wrote' })).toEqual({ base: 'write', third: 'writes', past: 'wrote', ing: 'writing' });
  });

  it('inflect lists the distinct forms', () => {
    expect(inflect('chide')).toEqual(['chide', 'chides', 'chided', 'chiding']);
    expect(inflect('tell', { past: 'told' })).toEqual(['tell', 'tells', 'told', 'telling']);
  });
});

describe('the speech-verb table', () => {
  it('declares each base once', () => {
    const bases = SPEECH_VERB_LIST.map((v) => v.base);
    expect(new Set(bases).size).toBe(bases.length);
  });

  it('generates every form of a verb from one line, flags included', () => {
    const tell = parseSpeechVerb('tell clause hearer participle clause-ing past=told');
    expect(tell.forms).toEqual(['tell', 'tells', 'told', 'telling']);
    expect(tell.clauseForms).toEqual(['tell', 'tells', 'told', 'telling']);
    expect(tell.weakForms).toEqual([]);
    for (const w of tell.forms) expect(SPEECH_VERBS.has(w) && OBJECT_VERBS.has(w)).toBe(true);
    expect(PARTICIPLE_CUES.has('telling')).toBe(true);
    expect(CLAUSE_VERBS.has('told')).toBe(true);
  });

  it('weak flags choose which forms need a quote beside them', () => {
    expect(parseSpeechVerb('cite weak').weakForms).toEqual(['cite', 'cites', 'cited', 'citing']);
    expect(parseSpeechVerb('remark weak-noun').weakForms).toEqual(['remark', 'remarks']);
    expect(parseSpeechVerb('report clause weak-ing').weakForms).toEqual(['reporting']);
    expect(QUOTE_ONLY_VERBS.has('remarks') && !QUOTE_ONLY_VERBS.has('remarked')).toBe(true);
  });

  it('ing-only verbs, gaps and plural nouns', () => {
    expect(parseSpeechVerb('label ing-only weak ing=labelling|labeling').forms).toEqual(['labelling', 'labeling']);
    expect(parseSpeechVerb('shout no-s no-ing').forms).toEqual(['shout', 'shouted']);
    expect(parseSpeechVerb('reply clause noun-s').clauseForms).toEqual(['reply', 'replied']);
    expect(SPEECH_VERBS.has('label') || SPEECH_VERBS.has('brand')).toBe(false);
  });

  it('refuses an unknown flag rather than ignoring a typo', () => {
    expect(() => parseSpeechVerb('say clasue')).toThrow(/unknown flag "clasue"/);
  });

  it('keeps beliefs out: a thought is not speech', () => {
    for (const w of ['think', 'thinks', 'hope', 'hoped', 'fear', 'believes']) expect(SPEECH_VERBS.has(w)).toBe(false);
  });
});

describe('titles declared once, read through two views', () => {
  it('both views share the person titles', async () => {
    const { HONORIFICS, NAME_PREFIXES } = await import('../../../src/core/extraction/lexicon/titles.js');
    for (const w of ['mr', 'dr', 'sir', 'prof', 'lord', 'senator', 'gen', 'captain', 'minister']) {
      expect(HONORIFICS.has(w) && NAME_PREFIXES.has(w)).toBe(true);
    }
  });

  it('the extractor does not read surnames such as Baron or Major as titles; the registry skips them before a name', async () => {
    const { HONORIFICS, NAME_PREFIXES, RANKS } = await import('../../../src/core/extraction/lexicon/titles.js');
    expect(HONORIFICS.has('baron') || HONORIFICS.has('major')).toBe(false);
    expect(RANKS.has('major')).toBe(true);
    expect(NAME_PREFIXES.has('rabbi') && NAME_PREFIXES.has('baron') && NAME_PREFIXES.has('the')).toBe(true);
  });

  it('office words before a name are titles for the extractor only ("Home Office" keeps its words in the registry)', async () => {
    const { HONORIFICS, NAME_PREFIXES } = await import('../../../src/core/extraction/lexicon/titles.js');
    const { nameWords } = await import('../../../src/core/speakers/names.js');
    expect(HONORIFICS.has('home') && HONORIFICS.has('coach')).toBe(true);
    expect(NAME_PREFIXES.has('home')).toBe(false);
    expect(nameWords('Home Office')).toEqual(['home', 'office']);
    expect(nameWords('Rabbi Rick Jacobs')).toEqual(['rick', 'jacobs']);
    expect(HONORIFICS.has('gen.') && !NAME_PREFIXES.has('gen.')).toBe(true);
  });
});
