import { MAX_IMPORT_BYTES } from '../importFile';
import { refuse, type ImportRefusal, type ImportWarning } from './importResult';

export type TextInputResult =
  { ok: true; text: string; warnings: ImportWarning[] } | { ok: false; refusal: ImportRefusal };

/** True when the bytes start like a zip archive (an .xlsx is one), whatever the file is called. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True when the bytes start like an OLE container: a legacy .xls, or a password-protected .xlsx. */
export function looksLikeOle(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

// Text files hold tabs and line breaks, never NUL or the other C0 controls (bar ESC and form feed at a push).
function controlCharacterShare(text: string): { nul: boolean; share: number } {
  let controls = 0;
  const sample = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { nul: true, share: 1 };
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return { nul: false, share: sample === 0 ? 0 : controls / sample };
}

/**
 * Checks pasted or already-decoded text before any parsing: refuses it when over `limit` bytes of UTF-8,
 * empty (whitespace only), or holding NUL or many control characters (binary content). Strips a BOM.
 */
export function checkImportText(text: string, limit: number = MAX_IMPORT_BYTES): TextInputResult {
  // A UTF-8 character takes at most three bytes per UTF-16 unit: measure exactly only near the limit.
  const size = text.length * 3 <= limit ? text.length : new TextEncoder().encode(text).length;
  if (size > limit) return refuse('too-large', { limit, detail: `${size} bytes; the limit is ${limit}` });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse('empty');
  const { nul, share } = controlCharacterShare(body);
  if (nul || share > 0.01)
    return refuse('control-characters', { detail: nul ? 'NUL character' : 'control characters' });
  return { ok: true, text: body, warnings: [] };
}

/**
 * Decodes a text file's bytes for import: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's
 * "Unicode text"), else Windows-1252 (what Excel writes as "CSV" on Spanish and English Windows), which is
 * reported as `legacy-encoding`. Refuses files over `limit` bytes, empty ones, and binary content (zip,
 * OLE, NUL bytes or control characters), e.g. a workbook or an image renamed .csv.
 */
export function decodeImportBytes(bytes: Uint8Array, limit: number = MAX_IMPORT_BYTES): TextInputResult {
  if (bytes.length > limit)
    return refuse('too-large', { limit, detail: `${bytes.length} bytes; the limit is ${limit}` });
  if (looksLikeZip(bytes) || looksLikeOle(bytes)) return refuse('binary', { detail: 'zip or OLE container' });
  const warnings: ImportWarning[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else if (bytes.includes(0)) return refuse('binary', { detail: 'NUL byte' });
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push({ code: 'legacy-encoding' });
    }
  }
  const checked = checkImportText(text, Number.POSITIVE_INFINITY);
  return checked.ok ? { ...checked, warnings } : checked;
}
