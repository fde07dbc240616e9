import { readFileSync } from 'node:fs';

/**
 * The export's word lists (numeral words after a level marker, words a title line must not be
 * broken inside) are data, one per line in words/*.txt; `#` starts a comment line. Read once,
 * when the module that needs them loads.
 */
export function loadExportWords(name: string): string[] {
  return readFileSync(new URL(`./words/${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
