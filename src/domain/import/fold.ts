/**
 * Folds a label for matching: no accents, lower case, runs of anything but letters and digits turned into
 * one space, trimmed. "Punto de contacto", "PUNTO DE CONTACTO" and "punto-de-contacto " fold alike;
 * "¡Wow!" folds to "wow" and "I don’t like it" to "i don t like it".
 */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A folded label as an id fragment: "Centro de llamadas" -> "centro-de-llamadas". */
export function slugOf(text: string, maxLength = 60): string {
  return foldLabel(text).replace(/ /g, '-').slice(0, maxLength).replace(/-+$/, '');
}
