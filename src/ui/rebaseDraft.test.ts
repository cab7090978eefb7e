import { describe, expect, it } from 'vitest';
import { caretThrough, rebaseDraft } from './rebaseDraft';

describe('rebaseDraft', () => {
  it('keeps the draft when the journey did not change, and the journey when nothing was typed', () => {
    expect(rebaseDraft('Llama', 'Llama al banco', 'Llama')).toBe('Llama al banco');
    expect(rebaseDraft('Llama', 'Llama', 'Llama al banco')).toBe('Llama al banco');
  });

  it('keeps both words when two people append to the same title, the words typed here first', () => {
    expect(rebaseDraft('Ve un anuncio', 'Ve un anuncio MINE', 'Ve un anuncio THEIRS')).toBe(
      'Ve un anuncio MINE THEIRS',
    );
  });

  it("keeps each person's sentence in one piece while both type at the same place", () => {
    // Lucía's first burst was written; Pablo's arrived right after it while her next one waited.
    expect(rebaseDraft('Nota: Luc', 'Nota: Lucía', 'Nota: Luc Pab')).toBe('Nota: Lucía Pab');
    // Pablo's side of the same moment: his "lo" goes on after his own "Pab", her "ía" after her "Luc".
    expect(rebaseDraft('Nota: Luc Pab', 'Nota: Luc Pablo', 'Nota: Lucía Pab')).toBe('Nota: Lucía Pablo');
  });

  it('moves the typed words past a change earlier in the text', () => {
    expect(rebaseDraft('Pago con tarjeta', 'Pago con tarjeta online', 'Pago rápido con tarjeta')).toBe(
      'Pago rápido con tarjeta online',
    );
    expect(rebaseDraft('el pago falla', 'el pago falla siempre', 'El pago falla')).toBe('El pago falla siempre');
  });

  it('keeps a change later in the text after the words typed before it', () => {
    expect(rebaseDraft('pago falla', 'el pago falla', 'pago falla hoy')).toBe('el pago falla hoy');
  });

  it('replays a deletion as well as an insertion', () => {
    expect(rebaseDraft('Llama al banco ya', 'Llama ya', 'Llama al banco ya!')).toBe('Llama ya!');
  });

  it('lets the draft win where both changed the same words', () => {
    expect(rebaseDraft('Llama', 'Escribe', 'Visita')).toBe('Escribe');
  });

  it('keeps accents and emoji whole', () => {
    expect(rebaseDraft('Café', 'Café ☕️', 'Mi café')).toBe('Mi café ☕️');
  });
});

describe('caretThrough', () => {
  it('moves a caret by what changed before it and keeps it where the change came after it', () => {
    expect(caretThrough('I see an ad', 'START I see an ad', 5)).toBe(11);
    expect(caretThrough('I see an ad', 'I see an ad today', 5)).toBe(5);
    expect(caretThrough('Llama al banco ya', 'Llama ya', 17)).toBe(8);
  });

  it('puts a caret inside a replaced stretch after the new words', () => {
    expect(caretThrough('Llama al banco', 'Llama a Juan', 10)).toBe(12);
  });

  it('moves a selection’s start past words inserted at it, so the selection does not take them', () => {
    // "mundo" selected (5-10) in "Hola mundo" while someone writes "X " at 5.
    expect(caretThrough('Hola mundo', 'Hola X mundo', 5, 'after')).toBe(7);
    expect(caretThrough('Hola mundo', 'Hola X mundo', 10)).toBe(12);
    expect(caretThrough('Hola mundo', 'Hola mundo!', 10)).toBe(10);
  });

  it('keeps a caret before words inserted right at it, so typing goes on where it was', () => {
    expect(caretThrough('Ve un anuncio', 'Ve un anuncio THEIRS', 13)).toBe(13);
    expect(caretThrough('Nota: Lucía', 'Nota: Lucía Pab', 11)).toBe(11);
  });
});
