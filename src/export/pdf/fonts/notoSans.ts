import type { jsPDF } from 'jspdf';
import type { FontWeight } from '../metrics';
import boldUrl from './NotoSans-Bold.ttf?url';
import regularUrl from './NotoSans-Regular.ttf?url';

/** The embedded font's family name in the PDF. */
export const NOTO_SANS = 'NotoSans';

/** The font files' bytes, by weight. */
export type FontFiles = Record<FontWeight, ArrayBuffer>;

/** Reads the font files: in the app they are build assets the service worker precaches, so this works offline. */
export type FontSource = () => Promise<FontFiles>;

let loading: Promise<FontFiles> | undefined;

async function fetchFile(url: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(url, globalThis.location?.href));
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return response.arrayBuffer();
}

/** Noto Sans regular and bold (Latin, Greek, Cyrillic subsets of fonts/), fetched once per session. */
export const fetchNotoSans: FontSource = () => {
  loading ??= Promise.all([fetchFile(regularUrl), fetchFile(boldUrl)]).then(([normal, bold]) => ({ normal, bold }));
  // A failed load may succeed later (the network came back): do not keep the failure.
  loading.catch(() => (loading = undefined));
  return loading;
};

const binaries = new WeakMap<ArrayBuffer, string>();

/** The file as the binary string jsPDF's virtual file system takes, converted once per file. */
function binaryString(buffer: ArrayBuffer): string {
  let out = binaries.get(buffer);
  if (out === undefined) {
    const bytes = new Uint8Array(buffer);
    out = '';
    for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
    binaries.set(buffer, out);
  }
  return out;
}

/**
 * Fetches the font files and gets them ready for jsPDF ahead of an export that will need them: the dialog
 * calls it as soon as its plan says so, while the user still chooses options.
 */
export async function prepareNotoSans(source: FontSource = fetchNotoSans): Promise<void> {
  const files = await source();
  binaryString(files.normal);
  binaryString(files.bold);
}

/**
 * Adds both weights to the document as Unicode (Identity-H) fonts: jsPDF embeds only the glyphs used and
 * writes a ToUnicode map, so the text stays selectable and searchable.
 */
export function addNotoSans(doc: jsPDF, files: FontFiles): void {
  for (const weight of ['normal', 'bold'] as const) {
    const file = `NotoSans-${weight}.ttf`;
    doc.addFileToVFS(file, binaryString(files[weight]));
    doc.addFont(file, NOTO_SANS, weight, undefined, 'Identity-H');
  }
}
