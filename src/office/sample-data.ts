/**
 * "Insert sample data": the synthetic Annex A extracts (src/sample), one new sheet per list,
 * written in byte-sized chunks. Refuses (changing nothing) when any of those sheets exists.
 */
import { generateSample } from '../sample/generate';
import { existingSheetNames } from './sheet-names';
import { writeValuesInChunks } from './write-values';

export async function insertSampleData(scale = 1): Promise<{ created: string[] }> {
  const sheets = generateSample({ scale, messy: false });
  return Excel.run(async (context) => {
    const existing = await existingSheetNames(context);
    const clashes = sheets.map((s) => s.name).filter((n) => existing.has(n.toLowerCase()));
    if (clashes.length > 0) {
      throw new Error(`Sample data was not inserted: the workbook already has ${clashes.map((n) => `"${n}"`).join(', ')}. Use a new workbook, or delete those sheets first.`);
    }
    for (const source of sheets) {
      const sheet = context.workbook.worksheets.add(source.name);
      const headingRow = source.values.findIndex((row) => row.filter((v) => v !== null && v !== undefined && v !== '').length > 1);
      await writeValuesInChunks(context, sheet, source.values, Math.max(0, headingRow));
    }
    return { created: sheets.map((s) => s.name) };
  });
}
