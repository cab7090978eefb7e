import type { panelsEn } from './panels.en';

/** Spanish copy for the panels area; merged into es.ts. */
export const panelsEs: typeof panelsEn = {};
