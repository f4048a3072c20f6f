import type { Correction, QuoteHit, SpeakerSummary } from '../../core/index.js';
import { ACTION } from './actions.js';
import { escapeMrkdwn, fitMrkdwn, fitPlain, oneLine } from './mrkdwn.js';

/**
 * The "Wrong speaker?" modal: which quote (when the answer showed several), the right speaker (picked from the
 * workspace's registry or typed) or "not a quote", and a reason. Then a confirmation with an Undo button.
 */

export const CORRECT_VIEW = 'onrecord_correct_view';
export const NOT_A_QUOTE = 'not_a_quote';
/** Block and action ids of the modal's inputs. */
export const FIELD = {
  quote: 'quote',
  pick: 'pick',
  typed: 'typed',
  notQuote: 'not_quote',
  reason: 'reason',
} as const;

/** What the modal carries back on submit (never trusted: ids are checked, tenancy comes from the team). */
export interface CorrectionMeta {
  ids: string[];
  channel?: string;
}

type View = Record<string, unknown>;

const plain = (text: string, max = 75) => ({ type: 'plain_text' as const, text: fitPlain(oneLine(text) || '—', max), emoji: true });

function quoteLabel(h: QuoteHit): string {
  return `“${oneLine(h.text)}” — ${h.speaker?.name ?? 'no speaker'}`;
}

export function correctionModal(hits: QuoteHit[], speakers: SpeakerSummary[], meta: CorrectionMeta): View {
  const blocks: Record<string, unknown>[] = [];
  if (hits.length === 1) {
    const h = hits[0] as QuoteHit;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `>${fitMrkdwn(oneLine(h.text), 600).text}\nNow attributed to *${escapeMrkdwn(oneLine(h.speaker?.name ?? 'nobody'))}*` } });
  } else {
    blocks.push({
      type: 'input',
      block_id: FIELD.quote,
      label: plain('Which quote'),
      element: {
        type: 'static_select',
        action_id: FIELD.quote,
        initial_option: { text: plain(quoteLabel(hits[0] as QuoteHit)), value: (hits[0] as QuoteHit).id },
        options: hits.slice(0, 10).map((h) => ({ text: plain(quoteLabel(h)), value: h.id })),
      },
    });
  }
  if (speakers.length) {
    blocks.push({
      type: 'input',
      block_id: FIELD.pick,
      optional: true,
      label: plain('Right speaker'),
      element: { type: 'static_select', action_id: FIELD.pick, placeholder: plain('Pick a speaker on record'), options: speakers.slice(0, 100).map((s) => ({ text: plain(s.role ? `${s.name} (${s.role})` : s.name), value: fitPlain(s.name, 150) })) },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: FIELD.typed,
      optional: true,
      label: plain(speakers.length ? 'Or type the name' : 'Right speaker'),
      element: { type: 'plain_text_input', action_id: FIELD.typed, max_length: 100, placeholder: plain('Full name, as it should appear') },
    },
    {
      type: 'input',
      block_id: FIELD.notQuote,
      optional: true,
      label: plain('Not a quote?'),
      element: { type: 'checkboxes', action_id: FIELD.notQuote, options: [{ text: plain('These words are not a quote at all'), value: NOT_A_QUOTE }] },
    },
    {
      type: 'input',
      block_id: FIELD.reason,
      label: plain('Why'),
      element: { type: 'plain_text_input', action_id: FIELD.reason, max_length: 500, multiline: true, placeholder: plain('What the editor checked (kept in the audit log)') },
    },
  );
  return {
    type: 'modal',
    callback_id: CORRECT_VIEW,
    private_metadata: JSON.stringify(meta),
    title: plain('Wrong speaker?', 24),
    submit: plain('Correct', 24),
    close: plain('Cancel', 24),
    blocks,
  };
}

/** The confirmation shown in place of the modal, with an Undo button. */
export function correctedView(c: Correction): View {
  const after = c.action === 'not_quote' ? 'not a quote' : `*${escapeMrkdwn(oneLine(c.speakerName ?? ''))}*`;
  return {
    type: 'modal',
    title: plain('Speaker corrected', 24),
    close: plain('Done', 24),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `:white_check_mark: >${fitMrkdwn(oneLine(c.quoteText), 600).text}\nWas *${escapeMrkdwn(oneLine(c.before.name ?? 'nobody'))}*, now ${after}. Answers say "speaker corrected by an editor", and the next ingest of the article keeps it.` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Correction ${escapeMrkdwn(c.id)} · ${fitMrkdwn(oneLine(c.reason), 300).text || 'no reason given'}` }] },
      { type: 'actions', elements: [{ type: 'button', action_id: ACTION.undoCorrection, text: plain('Undo', 24), value: c.id, style: 'danger' }] },
    ],
  };
}

/** What the modal shows after an undo. */
export function undoneView(c: Correction): View {
  return {
    type: 'modal',
    title: plain('Correction undone', 24),
    close: plain('Done', 24),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:leftwards_arrow_with_hook: >${fitMrkdwn(oneLine(c.quoteText), 600).text}\nBack to the speaker as extracted; answers no longer say it was corrected.` } }],
  };
}
