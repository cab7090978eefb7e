import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findTemplate, instantiateTemplate } from '../domain/templates';
import { en } from '../i18n/en';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';
import { preloadPagesFor } from './pages';

afterEach(closeTestServices);
// The journey pages' code is transformed once here, not inside the first test's few seconds.
beforeAll(() => preloadPagesFor('/journey/any'), 60_000);

/** Opens a template journey in the editor with its first touchpoint selected. */
async function editorWithSelection() {
  const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
  const app = await act(() =>
    renderApp(`/journey/${journey.id}`, 'en', (services) => services.repository.create(journey)),
  );
  const canvas = await screen.findByTestId('canvas');
  const selected = journey.touchpoints[0];
  act(() => app.editor.getState().select({ touchpoints: [selected.id], connections: [] }));
  return { app, journey, canvas, selected, user: userEvent.setup() };
}

describe('JourneyPage: the presentation over the editor', () => {
  it('keeps the editor as it was under the presentation: same canvas, same selection, focus back on Present', async () => {
    const { app, canvas, selected, user } = await editorWithSelection();

    await user.click(screen.getByTestId('present'));
    await screen.findByTestId('present-step');
    // The editor is still there, hidden; the page has one save status, the presentation's.
    expect(canvas.isConnected).toBe(true);
    expect(canvas.closest('.journey-page__editor')).toHaveClass('journey-page__editor--hidden');
    expect(screen.getAllByTestId('save-status')).toHaveLength(1);
    expect(screen.getByTestId('presentation')).toContainElement(screen.getByTestId('save-status'));
    expect(screen.getByTestId('presentation')).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('presentation')).not.toBeInTheDocument());
    expect(screen.getByTestId('canvas')).toBe(canvas);
    expect(canvas.closest('.journey-page__editor')).not.toHaveClass('journey-page__editor--hidden');
    expect(app.editor.getState().selection.touchpoints).toEqual([selected.id]);
    expect(screen.getByTestId('inspector')).toContainElement(screen.getByTestId('field-title'));
    expect(screen.getByTestId('field-title')).toHaveValue(selected.title);
    expect(screen.getByTestId('present')).toHaveFocus();
  });

  it('shows the presentation full screen, not the editor kept under it', async () => {
    const { user } = await editorWithSelection();
    const shownFullScreen: Element[] = [];
    const request = vi.fn(function (this: Element) {
      shownFullScreen.push(this);
      return Promise.resolve();
    });
    Object.defineProperty(Element.prototype, 'requestFullscreen', { configurable: true, value: request });
    try {
      await user.click(screen.getByTestId('present'));
      await screen.findByTestId('present-step');
      expect(request).toHaveBeenCalledOnce();
      expect(shownFullScreen[0]).toContainElement(screen.getByTestId('presentation'));
      expect(shownFullScreen[0]).not.toContainElement(screen.getByTestId('canvas'));
    } finally {
      Reflect.deleteProperty(Element.prototype, 'requestFullscreen');
    }
  });

  it("does not act on the editor's shortcuts while presenting: arrows step, Delete and N change nothing", async () => {
    const { app, journey, selected, user } = await editorWithSelection();
    await user.click(screen.getByTestId('present'));
    await screen.findByTestId('present-step');

    await user.keyboard('{ArrowRight}{Delete}n');
    // The arrow stepped the presentation (to the first stage), and did not move the selected card.
    expect(screen.getByTestId('present-step')).toHaveTextContent(journey.stages[0].name);
    const now = app.editor.getState().journey!;
    expect(now.touchpoints).toHaveLength(journey.touchpoints.length);
    expect(now.touchpoints.find((t) => t.id === selected.id)!.position).toEqual(selected.position);
    expect(app.editor.getState().selection.touchpoints).toEqual([selected.id]);
  });

  it('opens a presentation from its URL without building the editor, and builds it on the way out', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    await act(() =>
      renderApp(`/journey/${journey.id}/present`, 'en', (services) => services.repository.create(journey)),
    );
    await screen.findByTestId('present-step');
    expect(screen.queryByTestId('canvas')).not.toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: en.present.exit }));
    expect(await screen.findByTestId('canvas')).toBeInTheDocument();
    expect(screen.queryByTestId('presentation')).not.toBeInTheDocument();
  });
});

describe('JourneyPage: the toolbar in Spanish', () => {
  it('names the keys of its tooltips as the shortcuts help does', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'es');
    await act(() => renderApp(`/journey/${journey.id}`, 'es', (services) => services.repository.create(journey)));
    await screen.findByTestId('canvas');
    expect(screen.getByTestId('redo')).toHaveAttribute('title', 'Rehacer (Ctrl/⌘+Mayús+Z)');
  });
});
