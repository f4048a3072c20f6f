import { DEFAULT_CITATION_TEMPLATE, parseCitationTemplate, type CitationTemplate } from '../core/answers/citation.js';
import type { Env } from './index.js';

/**
 * `CITATION_TEMPLATE`: the newsroom's citation format for Copy citation (Slack and Discord), checked at start
 * so an unknown placeholder stops the process with one line naming it rather than showing on every click.
 */
export function loadCitationTemplate(env: Env): CitationTemplate {
  const raw = env.CITATION_TEMPLATE;
  // `CITATION_TEMPLATE=` in a .env file means "not set", as for every other setting.
  return parseCitationTemplate(raw === undefined || raw.trim() === '' ? DEFAULT_CITATION_TEMPLATE : raw);
}
