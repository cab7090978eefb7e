/** Schemes a link in a note may use; everything else (javascript:, data:, vbscript:, file:...) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n');
}

/**
 * A link from a note made safe to open, or null. Browsers ignore control characters and whitespace inside a
 * scheme and decode entities, so "java\tscript:", " JaVaScRiPt:", "&#106;avascript:" and "%6Aavascript:"
 * are normalised the same way before the scheme is checked.
 */
export function sanitizeLink(raw: string): string | null {
  let text = raw;
  for (let i = 0; i < 3; i++) {
    let next = decodeEntities(text);
    try {
      next = decodeURIComponent(next);
    } catch {
      // Not percent-encoded: keep as is.
    }
    if (next === text) break;
    text = next;
  }
  // eslint-disable-next-line no-control-regex
  let compact = text.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\ufeff]+/g, '');
  if (/^www\./i.test(compact)) compact = `https://${compact}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (!scheme) return null;
  if (!SAFE_SCHEMES.has(`${scheme}:`)) return null;
  try {
    return new URL(compact).href;
  } catch {
    return null;
  }
}

/** Splits text into plain parts and the links found in it (http, https, mailto and www.). */
export function findLinks(text: string): { text: string; href: string | null }[] {
  const parts: { text: string; href: string | null }[] = [];
  const pattern = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"]+/gi;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index), href: null });
    const trimmed = match[0].replace(/[.,;:!?)]+$/, '');
    parts.push({ text: trimmed, href: sanitizeLink(trimmed) });
    last = index + trimmed.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), href: null });
  return parts;
}
