/** A file name made from a journey name: accents kept, characters file systems refuse replaced. */
export function fileNameFor(name: string, extension: string): string {
  const base = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'recorrido'}.${extension}`;
}
