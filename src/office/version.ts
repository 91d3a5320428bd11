/** The product version the add-in writes into the Build Log (kept equal to package.json's; a test checks). */
export const ADDIN_VERSION = '0.1.0';
