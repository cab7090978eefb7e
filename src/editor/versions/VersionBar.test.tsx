import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../../domain/factory';
import { createToBe } from '../../domain/versions/toBe';
import { closeTestServices } from '../../test/testServices';
import { renderApp } from '../../test/renderApp';

afterEach(closeTestServices);

describe('the links to an as-is journey’s to-be versions', () => {
  it('tell apart two to-bes that share a name by when each was edited, to the second, and leave a lone one plain', async () => {
    const asIs = createEmptyJourney('Me uno', ['Me informo']);
    const first = createToBe(asIs, 'Me uno (to-be)', new Date('2026-11-02T09:30:00Z'));
    const second = createToBe(asIs, 'Me uno (to-be)', new Date('2026-11-02T09:30:20Z'));
    const other = createToBe(asIs, 'Me uno, digital', new Date('2026-11-21T08:00:00Z'));
    const user = userEvent.setup();
    const app = await act(() => renderApp('/?lang=en'));
    for (const journey of [asIs, first, second, other]) await act(() => app.library.getState().add(journey));
    const card = (await screen.findAllByTestId('journey-card')).find((c) => c.dataset.journeyId === asIs.id)!;
    await user.click(within(card).getByRole('link'));

    const links = await screen.findAllByTestId('open-to-be', {}, { timeout: 15_000 });
    const texts = links.map((link) => link.textContent);
    expect(texts).toHaveLength(3);
    expect(texts).toContain('Me uno, digital');
    const alike = texts.filter((text) => text!.startsWith('Me uno (to-be) (edited '));
    expect(alike).toHaveLength(2);
    expect(new Set(alike).size).toBe(2);
  });
});
