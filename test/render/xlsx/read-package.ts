// jszip ships with exceljs; reading entries as text needs no more typing than this.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as {
  loadAsync(data: Uint8Array): Promise<{ files: Record<string, unknown>; file(name: string): { async(type: 'string'): Promise<string> } | null }>;
};

/** Every entry of an .xlsx package as text, by part name (read by jszip, not by our own zip code). */
export async function readAllEntries(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const texts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (entry) texts[name] = await entry.async('string');
  }
  return texts;
}
