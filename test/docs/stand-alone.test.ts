/**
 * The repository stands alone: a clone has no ../shared folder and none of the development
 * machine's paths, so README.md and docs/ must only point at files inside the repository.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const FILES = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];

/** Targets of inline Markdown links and images: `[text](target)` / `![alt](target "title")`. */
function linkTargets(text: string): string[] {
  return [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
}

describe.each(FILES.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
  const text = readFileSync(file, 'utf8');

  it('names no path outside the repository', () => {
    expect(text.match(/\.\.\/shared|\/work\/|\/tmp\/|\/home\/|\b[A-Z]:\\[A-Za-z]/g) ?? []).toEqual([]);
  });

  it('links only to files that exist inside the repository', () => {
    const bad = linkTargets(text)
      .filter((target) => !target.startsWith('#'))
      .filter((target) => {
        if (/^[a-z]+:/i.test(target)) return !/^https?:/i.test(target); // web addresses are fine; file: and the like are not
        const path = resolve(dirname(file), decodeURIComponent(target.split('#')[0]));
        return relative(ROOT, path).startsWith('..') || !existsSync(path);
      });
    expect(bad).toEqual([]);
  });
});

test('the link check sees links (it would not pass on a page it cannot read)', () => {
  expect(linkTargets('see [cli](docs/cli.md) and ![x](img/a.png "t")')).toEqual(['docs/cli.md', 'img/a.png']);
});
