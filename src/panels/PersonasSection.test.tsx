import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blankPersona } from '../domain/blank';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';
import { PersonasSection } from './PersonasSection';

afterEach(closePanels);

/** The seed journey with a named main persona and a second one. */
function withPersonas() {
  const journey = seedJourney();
  journey.personas = [blankPersona({ id: 'main', name: 'Familias' }), blankPersona({ id: 'p2', name: 'Mayores' })];
  return journey;
}

const field = (name: string) => screen.getByRole('textbox', { name });

describe('a persona’s name', () => {
  it('refuses a named persona left blank: the field keeps the typing, the journey the name, until left', async () => {
    const { user, current } = await renderPanel(<PersonasSection />, { journey: withPersonas() });
    const name = field('Main persona');
    // Letter by letter: no shorter name on the way ("F") is written in place of the one being erased.
    await user.type(name, '{Backspace}'.repeat('Familias'.length));
    expect(name).toHaveValue('');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    const why = 'A persona that has a name keeps one, so it was not cleared: it is still “Familias”.';
    const message = `${why} Leaving the field shows that name again.`;
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(name).toHaveAccessibleDescription(message);
    expect(current().personas[0].name).toBe('Familias');

    await user.tab();
    expect(name).toHaveValue('Familias');
    expect(name).toHaveAttribute('aria-invalid', 'false');
    // The message stays to say why the name came back (no longer what leaving does), until the field is left again.
    expect(screen.getByRole('alert')).toHaveTextContent(why);
    expect(screen.getByRole('alert')).not.toHaveTextContent('Leaving the field');
    expect(current().personas[0].name).toBe('Familias');
    await user.click(name);
    await user.tab();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses another persona’s name, whatever its case and spaces, and puts the old one back when left', async () => {
    const { user, current } = await renderPanel(<PersonasSection />, { journey: withPersonas() });
    const name = field('Persona 2');
    await user.clear(name);
    await user.type(name, ' FAMILIAS ');
    expect(name).toHaveValue(' FAMILIAS ');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“FAMILIAS” is already another persona’s name, so it was not kept: this one is still “Mayores”. Leaving the field shows that name again.',
    );
    expect(current().personas.map((p) => p.name)).toEqual(['Familias', 'Mayores']);

    await user.tab();
    expect(name).toHaveValue('Mayores');
    expect(current().personas.map((p) => p.name)).toEqual(['Familias', 'Mayores']);
  });

  it('lets a new persona stay unnamed, and says so when the name typed into it is taken', async () => {
    const { user, current } = await renderPanel(<PersonasSection />, { journey: withPersonas() });
    await user.click(screen.getByTestId('persona-add'));
    const name = field('Persona 3');
    await user.type(name, 'x{Backspace}');
    await user.tab();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(current().personas[2].name).toBe('');

    await user.type(name, 'mayores');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“mayores” is already another persona’s name, so it was not kept: this one stays unnamed (“Persona 3”). Leaving the field empties it again.',
    );
    await user.tab();
    expect(name).toHaveValue('');
    expect(current().personas[2].name).toBe('');
  });

  it('refuses the name an unnamed persona is shown by, so two lines are never both “Persona 3”', async () => {
    const { user, current } = await renderPanel(<PersonasSection />, { journey: withPersonas() });
    await user.click(screen.getByTestId('persona-add'));
    await user.type(field('Persona 2'), '{Control>}a{/Control}persona 3');
    expect(screen.getByRole('alert')).toHaveTextContent('“persona 3” is already another persona’s name');
    await user.tab();
    expect(current().personas[1].name).toBe('Mayores');
  });

  it('writes a valid name when left, as one undo step that puts the field back', async () => {
    const { user, current, services } = await renderPanel(<PersonasSection />, { journey: withPersonas() });
    const name = field('Persona 2');
    await user.type(name, ' activos');
    await user.tab();
    expect(current().personas[1].name).toBe('Mayores activos');

    act(() => services.editor.getState().undo());
    expect(current().personas[1].name).toBe('Mayores');
    expect(name).toHaveValue('Mayores');
  });

  it('keeps a name typed just before the settings close, and one typed before an undo is undone', async () => {
    const { user, current, services, unmount } = await renderPanel(<PersonasSection />, { journey: withPersonas() });
    const name = field('Persona 2');
    await user.type(name, ' activos');
    // Ctrl+Z while typing: the typed name is written first, then undone, and the field shows the journey's.
    act(() => services.editor.getState().undo());
    expect(current().personas[1].name).toBe('Mayores');
    expect(name).toHaveValue('Mayores');

    await user.type(name, ' felices');
    unmount();
    expect(current().personas[1].name).toBe('Mayores felices');
  });
});

describe('removing a persona', () => {
  it('asks first when it has rated touchpoints, starting on “Keep it”, and says how many emotions go', async () => {
    const journey = withPersonas();
    journey.personas.push(blankPersona({ id: 'p3', name: 'Jóvenes' }));
    const [first, second, ...rest] = journey.touchpoints;
    journey.touchpoints = [
      { ...first, personaEmotions: { p2: 2 } },
      { ...second, personaEmotions: { p2: -1 } },
      ...rest,
    ];
    const { user, current } = await renderPanel(<PersonasSection />, { journey });

    // Jóvenes rated nothing: it goes at once.
    await user.click(screen.getByRole('button', { name: 'Remove Jóvenes' }));
    expect(current().personas.map((p) => p.name)).toEqual(['Familias', 'Mayores']);

    await user.click(screen.getByRole('button', { name: 'Remove Mayores' }));
    const question = screen.getByTestId('persona-remove-confirm');
    expect(question).toHaveTextContent('Remove “Mayores”? Its emotions on 2 touchpoints go with it.');
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    expect(current().personas).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(current().personas).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Remove Mayores' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove Mayores' }));
    await user.click(screen.getByRole('button', { name: 'Remove anyway' }));
    expect(current().personas.map((p) => p.name)).toEqual(['Familias']);
    expect(current().touchpoints[0].personaEmotions).toEqual({});
  });
});
