/** English copy for the curve area; merged into en.ts. Keep keys in step with curve.es.ts. */
export const curveEn = {};
