import type { curveEn } from './curve.en';

/** Spanish copy for the curve area; merged into es.ts. */
export const curveEs: typeof curveEn = {};
