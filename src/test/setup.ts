import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The first test to open a lazily loaded page pays for transforming its modules: on a busy 2-core machine
// that alone can pass the default 1 s that findBy* waits.
configure({ asyncUtilTimeout: 5000 });

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

// Node-environment tests (`// @vitest-environment node`) have no DOM to patch.
if (typeof HTMLElement !== 'undefined') patchDom();

function patchDom() {
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
}
