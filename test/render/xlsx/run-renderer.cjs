/**
 * Runs renderXlsx in a plain Node process: wasm-xlsxwriter is ESM-only and jest's module
 * registry cannot load it, while Node 20.19+ can. TypeScript sources are transpiled on the fly
 * (no type check: tsc does that). Usage: node run-renderer.cjs model.json out.xlsx
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const [modelPath, outPath] = process.argv.slice(2);
const { renderXlsx } = require(path.join(__dirname, '../../../src/render/xlsx/write-xlsx.ts'));
const model = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
renderXlsx(model)
  .then((bytes) => fs.writeFileSync(outPath, bytes))
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  });
