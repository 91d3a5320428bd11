/** The product version, from package.json (two folders up from both src/cli and dist-cli/cli). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function productVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
