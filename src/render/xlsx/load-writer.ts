/**
 * Loads wasm-xlsxwriter. The package is ESM-only; a dynamic import keeps this module loadable
 * from the command line's CommonJS build (Node ≥ 20.19 resolves it) and from ESM alike.
 * The writer's types are re-exported from here so that no other file imports the ESM package
 * directly (a CommonJS build needs the resolution-mode attribute on such imports).
 */
export type XlsxWriter = typeof import('wasm-xlsxwriter', { with: { 'resolution-mode': 'import' } });

export type Workbook = XlsxWriter['Workbook']['prototype'];
export type Worksheet = XlsxWriter['Worksheet']['prototype'];
export type Format = XlsxWriter['Format']['prototype'];
export type Color = XlsxWriter['Color']['prototype'];
export type Chart = XlsxWriter['Chart']['prototype'];
export type ChartSeries = XlsxWriter['ChartSeries']['prototype'];

let loaded: Promise<XlsxWriter> | null = null;

export function loadXlsxWriter(): Promise<XlsxWriter> {
  loaded ??= import('wasm-xlsxwriter');
  return loaded;
}
