import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { SyncContext } from '../sync/context';
import { JoinError, type SyncService } from '../sync/syncService';
import { JoinPage } from './JoinPage';

const ROOM = 'R'.repeat(22);
const KEY = 'K'.repeat(43);

beforeAll(() => initI18n('en'));
afterEach(() => vi.restoreAllMocks());

/** The join page over a sync service whose join answers with `answers`, one per try. */
function renderJoin(answers: (() => Promise<string>)[]) {
  history.replaceState(null, '', `/join#room=${ROOM}&cap=edit&key=${KEY}`);
  const join = vi.fn(() => answers.shift()!());
  const sync = { join } as unknown as SyncService;
  render(
    <SyncContext.Provider value={sync}>
      <MemoryRouter initialEntries={['/join']}>
        <Routes>
          <Route path="/join" element={<JoinPage />} />
          <Route path="/journey/:id" element={<p>Opened</p>} />
        </Routes>
      </MemoryRouter>
    </SyncContext.Provider>,
  );
  return join;
}

const unreachable = () => Promise.reject(new JoinError('unreachable'));
const joined = () => Promise.resolve('journey-1');

describe('JoinPage', () => {
  it('offers Try again when the sync server cannot be reached, and opens the journey when it can', async () => {
    const join = renderJoin([unreachable, joined]);
    expect(await screen.findByTestId('join-error')).toHaveTextContent('The sync server cannot be reached.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Opened')).toBeInTheDocument();
    expect(join).toHaveBeenCalledTimes(2);
  });

  it('waits for the network when the device is offline, and tries again by itself when it is back', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const join = renderJoin([unreachable, joined]);
    expect(screen.getByTestId('join-offline')).toHaveTextContent('This device is offline');
    expect(join).not.toHaveBeenCalled();
    onLine.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByTestId('join-error')).toHaveTextContent('The sync server cannot be reached.');
    // The network drops and comes back: the failed join is tried again without a click.
    act(() => void window.dispatchEvent(new Event('offline')));
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByText('Opened')).toBeInTheDocument();
    expect(join).toHaveBeenCalledTimes(2);
  });

  it('tries an unreachable server again by itself every little while, with the device online', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const join = renderJoin([unreachable, unreachable, joined]);
      expect(await screen.findByTestId('join-error')).toHaveTextContent('The sync server cannot be reached.');
      await act(() => vi.advanceTimersByTimeAsync(15_000));
      expect(join).toHaveBeenCalledTimes(2);
      await act(() => vi.advanceTimersByTimeAsync(15_000));
      expect(await screen.findByText('Opened')).toBeInTheDocument();
      expect(join).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers no Try again for a link the server refuses', async () => {
    renderJoin([() => Promise.reject(new JoinError('invalid-key'))]);
    expect(await screen.findByTestId('join-error')).toHaveTextContent('This link no longer works.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
