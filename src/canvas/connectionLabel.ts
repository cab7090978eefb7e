import type { Touchpoint } from '../domain/journey';
import { cleanText } from '../domain/look/wrap';
import { findEntry } from '../domain/vocabulary';
import { sentence } from '../i18n/sentence';
import type { TouchpointWords } from './touchpointLabel';

/** The id of the element inside a connection's edge that holds its screen-reader label (see ConnectionEdge). */
export const connectionLabelId = (connectionId: string) => `connection-label-${connectionId}`;

/** What a connection's label names of each end: its title and its owning function's id. */
export type ConnectionEnd = Pick<Touchpoint, 'title' | 'functionId'>;

/**
 * Words a connection is announced with: both touchpoints by title ("Connection from “Visit the website” to
 * “Fill in the form”") and, on a hand-off (ends owned by two different functions), both functions. An end
 * that is gone or untitled reads as an untitled touchpoint, as its card does.
 */
export type ConnectionLabeller = (from: ConnectionEnd | undefined, to: ConnectionEnd | undefined) => string;

const labellers = new WeakMap<TouchpointWords, ConnectionLabeller>();

/**
 * The connection labeller for one language and vocabulary, made once per words object (the canvas shares one
 * among its cards and edges), so each edge only fills in a sentence translated once.
 */
export function connectionLabeller(words: TouchpointWords): ConnectionLabeller {
  let labeller = labellers.get(words);
  if (!labeller) labellers.set(words, (labeller = makeLabeller(words)));
  return labeller;
}

function makeLabeller({ t, functions }: TouchpointWords): ConnectionLabeller {
  const plain = sentence(t, 'flow.connection', ['from', 'to']);
  const handoff = sentence(t, 'flow.handoff', ['from', 'to', 'fromOwner', 'toOwner']);
  const untitled = String(t('touchpoint.untitled'));
  const noOwner = String(t('touchpoint.noFunction'));
  // The card's rule for a title: line breaks and control characters never print, a blank is "untitled".
  const title = (end: ConnectionEnd | undefined) => (end && cleanText(end.title, 'collapse')) || untitled;
  const owner = (id: string) => findEntry(functions, id)?.label ?? noOwner;
  return (from, to) => {
    const ends = { from: title(from), to: title(to) };
    const [fromOwner, toOwner] = [from?.functionId ?? null, to?.functionId ?? null];
    // The canvas's rule for a hand-off (toFlow, drawn dashed): both ends owned, by different functions.
    return fromOwner !== null && toOwner !== null && fromOwner !== toOwner
      ? handoff({ ...ends, fromOwner: owner(fromOwner), toOwner: owner(toOwner) })
      : plain(ends);
  };
}
