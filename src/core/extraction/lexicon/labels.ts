/** Section labels, datelines and the words that mark a quoted phrase as a title or label, not speech. */

/** Section labels that open a paragraph ("FULL TEXT:", "UPDATE:"): never a speaker. */
const SECTION_LABELS = /^(?:full text|full statement|transcript|update|updated|editor'?s note|read more|watch|video|breaking|related|advertisement|analysis|opinion|exclusive|correction|note)$/i;

export function isSectionLabel(s: string): boolean {
  return SECTION_LABELS.test(s.trim());
}

/** Words before a short quote that make it a name, title or label ("so-called", "the film"), not speech. */
export const SCARE_BEFORE = new Set(['so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'term', 'word', 'phrase', 'slogan', 'tagline', 'motto', 'headline', 'label', 'labelled', 'labeled', 'branded', 'known', 'called', 'named', 'hashtag', 'film', 'book', 'song', 'album', 'show', 'series', 'programme', 'program', 'movie', 'novel', 'play', 'documentary', 'campaign', 'operation']);

/** Words right before a title-case quote that make it a title ("on", "told", "an interview with", "the author of"). */
const TITLE_BEFORE: ReadonlySet<string> = new Set(['on', 'with', 'of', 'told']);
/** A word after which a title-case quote names a programme or a work (reader.ts `namesProgramme`). */
export const isTitleBefore = (lw: string): boolean => TITLE_BEFORE.has(lw);

/** An all-capitals phrase of several words, or a known section label: "NEW YORK", "FULL TEXT". */
export function isLabelOrDateline(name: string): boolean {
  if (isSectionLabel(name)) return true;
  // (A lower-case ASCII letter fails the all-capitals test of its word: most names end here, without the split.)
  if (/[a-z]/.test(name)) return false;
  const ws = name.trim().split(/\s+/).filter(Boolean);
  return ws.length >= 2 && ws.every((w) => /^[\p{Lu}\p{N}\W]+$/u.test(w)) && ws.filter((w) => w.replace(/\W/g, '').length >= 3).length >= 2;
}
