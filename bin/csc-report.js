#!/usr/bin/env node
// The csc-report command. The TypeScript sources compile to dist-cli/ (npm run build:cli).
'use strict';
const path = require('node:path');

let cli;
try {
  cli = require(path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist-cli')) {
    process.stderr.write('csc-report: the command line is not built yet; run "npm run build:cli" first.\n');
    process.exit(1);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
