/** Names of the workbook's sheets (one sync), for "does it exist?" checks (Excel compares case-insensitively). */
export async function existingSheetNames(context: Excel.RequestContext): Promise<Set<string>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  return new Set(worksheets.items.map((s) => s.name.toLowerCase()));
}
