import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// React Flow measures nodes with ResizeObserver and DOMMatrix; jsdom has neither.
// Like browsers, it reports every element observed in one task together, a task later.
class ResizeObserverMock {
  private pending: Element[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    if (this.pending.push(target) > 1) return;
    setTimeout(() => {
      const targets = this.pending;
      this.pending = [];
      this.callback(
        targets.map((t) => ({ target: t, contentRect: t.getBoundingClientRect() }) as ResizeObserverEntry),
        this,
      );
    });
  }
  unobserve() {}
  disconnect() {
    this.pending = [];
  }
}
globalThis.ResizeObserver ??= ResizeObserverMock as unknown as typeof ResizeObserver;

class DOMMatrixReadOnlyMock {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}
(globalThis as { DOMMatrixReadOnly?: unknown }).DOMMatrixReadOnly ??= DOMMatrixReadOnlyMock;

Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: { get: () => 120, configurable: true },
  offsetWidth: { get: () => 240, configurable: true },
});

// Edge labels measure themselves with getBBox, which jsdom lacks.
(SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox ??= () =>
  ({ x: 0, y: 0, width: 80, height: 16 }) as DOMRect;

// jsdom lacks <dialog> methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};
