import os from 'node:os';
import type { Correction, SpeakerShown } from '../../../core/index.js';
import { OnRecordError } from '../../../core/errors.js';
import type { CliArgs } from '../args.js';
import { openForCli } from '../open.js';
import { forTerminal } from '../terminal.js';

/** `correct` and `corrections`: editors' corrections of a quote's speaker, and their audit log. */

/** One correction as `corrections --json` and `correct --json` print it (snake_case, one object per line). */
export function correctionToJson(c: Correction): Record<string, unknown> {
  return {
    id: c.id,
    status: c.status,
    collection: c.collection,
    quote_id: c.quoteId,
    quote: c.quoteText,
    article_id: c.articleId,
    article_key: c.articleKey,
    before: { speaker: c.before.name, role: c.before.role ?? null, organisation: c.before.organisation ?? null },
    after: { speaker: c.speakerName, not_a_quote: c.action === 'not_quote' },
    reason: c.reason,
    by: c.by,
    at: c.at,
    undone_by: c.undoneBy ?? null,
    undone_at: c.undoneAt ?? null,
  };
}

function shown(s: SpeakerShown): string {
  return s.name ? [s.name, s.role, s.organisation].filter(Boolean).join(', ') : 'no speaker';
}

function after(c: Correction): string {
  return c.action === 'not_quote' ? 'not a quote' : (c.speakerName ?? '');
}

function short(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** One correction as a line of the audit log a person reads. */
export function correctionLine(c: Correction): string {
  const why = c.reason ? `: ${c.reason}` : '';
  const undone = c.undoneAt ? ` · undone by ${c.undoneBy ?? '?'} at ${c.undoneAt}` : '';
  return forTerminal(`${c.id} · ${c.at} · ${c.status} · ${c.collection} · “${short(c.quoteText)}” · ${shown(c.before)} -> ${after(c)} · by ${c.by}${why}${undone}`);
}

/** Who undoes when `--by` is not given: the operator's login, marked as coming from the command line. */
function operator(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export async function runCorrect(args: CliArgs, out: (line: string) => void): Promise<number> {
  const c = args.correction;
  if (!c) throw new OnRecordError('BAD_INPUT', 'correct needs a QUOTE_ID or --undo CORRECTION_ID');
  const { core, collection } = await openForCli(args);
  try {
    let record: Correction;
    if (c.undo !== undefined) {
      // The command line is the operator's tool: the correction's own collection, unless --collection narrows it.
      const found = args.collection ? undefined : (await core.corrections({ limit: 1000 })).find((x) => x.id === c.undo?.trim());
      record = await core.undoCorrection(c.undo, { by: c.by?.trim() ? c.by : operator(), collections: [found?.collection ?? collection] });
      out(args.json ? JSON.stringify(correctionToJson(record)) : forTerminal(`Undone ${record.id}: “${short(record.quoteText)}” is ${record.before.name ?? 'unattributed'}'s again (as extracted).`));
      return 0;
    }
    record = await core.correct({
      quoteId: args.positionals[0] ?? '',
      ...(c.speaker !== undefined ? { speaker: c.speaker } : { notAQuote: true }),
      by: c.by ?? '',
      ...(c.reason !== undefined ? { reason: c.reason } : {}),
      collections: [collection],
    });
    if (args.json) out(JSON.stringify(correctionToJson(record)));
    else {
      out(forTerminal(`Corrected ${record.quoteId} (correction ${record.id}): “${short(record.quoteText)}” — was ${shown(record.before)}, now ${after(record)}.`));
      out(`Undo: onrecord correct --undo ${record.id}`);
    }
    return 0;
  } finally {
    await core.close();
  }
}

export async function runCorrections(args: CliArgs, out: (line: string) => void): Promise<number> {
  if (args.positionals.length > 0) throw new OnRecordError('BAD_INPUT', 'corrections takes no arguments');
  const { core } = await openForCli(args);
  try {
    const list = await core.corrections(args.collection ? { collections: [args.collection] } : {});
    if (args.json) for (const c of list) out(JSON.stringify(correctionToJson(c)));
    else if (list.length === 0) out('No corrections on record.');
    else for (const c of list) out(correctionLine(c));
    return 0;
  } finally {
    await core.close();
  }
}
