import { act, renderHook } from '@testing-library/react';
import { createElement, type ChangeEvent, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServicesContext, type Services } from '../store/services';
import { closeTestServices, createTestServices } from '../test/testServices';
import { DRAFT_PAUSE_MS, useDraftText } from './useDraftText';

const typed = (value: string) => ({ target: { value } }) as ChangeEvent<HTMLInputElement>;

let services: Services;
const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(ServicesContext.Provider, { value: services }, children);
const hasDrafts = () => services.editor.getState().drafting;
const flushDrafts = () => services.editor.getState().flushDrafts();

beforeEach(() => {
  services = createTestServices('recorrido-drafts');
  vi.useFakeTimers();
});
afterEach(async () => {
  vi.useRealTimers();
  await closeTestServices();
});

describe('useDraftText', () => {
  it('writes once typing pauses, and at least every second while it goes on', () => {
    const commit = vi.fn();
    const { result } = renderHook(() => useDraftText('Llama', commit), { wrapper });
    let text = 'Llama';
    // Steady typing, a key every 200 ms (gaps shorter than the pause) for 1.6 s: written after 1 s
    // (DRAFT_MAX_WAIT_MS), then once the typing pauses.
    for (let i = 0; i < 8; i++) {
      text += 'x';
      act(() => result.current.onChange(typed(text)));
      expect(result.current.value).toBe(text);
      act(() => vi.advanceTimersByTime(200));
    }
    expect(commit.mock.calls.map(([t]) => t)).toEqual(['Llamaxxxxx']);
    act(() => vi.advanceTimersByTime(DRAFT_PAUSE_MS));
    expect(commit.mock.calls.map(([t]) => t)).toEqual(['Llamaxxxxx', 'Llamaxxxxxxxx']);
    expect(hasDrafts()).toBe(false);
  });

  it('holds the draft until written: flushDrafts writes it at once, and leaving the field does too', () => {
    const commit = vi.fn();
    const { result, unmount } = renderHook(() => useDraftText('Llama', commit), { wrapper });
    act(() => result.current.onChange(typed('Llama ya')));
    expect(hasDrafts()).toBe(true);
    act(() => flushDrafts());
    expect(commit).toHaveBeenLastCalledWith('Llama ya');
    expect(hasDrafts()).toBe(false);

    act(() => result.current.onChange(typed('Llama ya!')));
    act(() => result.current.onBlur());
    expect(commit).toHaveBeenLastCalledWith('Llama ya!');
    act(() => result.current.onChange(typed('Llama ya!!')));
    unmount();
    expect(commit).toHaveBeenLastCalledWith('Llama ya!!');
    expect(commit).toHaveBeenCalledTimes(3);
  });
});
