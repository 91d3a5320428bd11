/**
 * The Excel API requirement set the add-in needs (manifest.xml declares the same). 1.8 brings
 * everything the report needs: chart series from ranges (1.7), secondary axes, series data labels
 * and displayBlanksAs (1.8), calculationMode (1.8). 1.9 (page layout / print setup, suspending
 * screen updating) is used when present and skipped otherwise (src/render/office/features.ts).
 * 1.8 keeps Excel 2019 in.
 */
export const REQUIRED_EXCEL_API = '1.8';
