import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { configReference, REFERENCE_FILE } from '../scripts/config-reference.js';
import { configSchema } from '../src/config.js';

describe('the configuration reference (docs/configuration.md)', () => {
  test('is what the schema generates: it cannot drift from what start-up checks', () => {
    assert.equal(
      readFileSync(REFERENCE_FILE, 'utf8'),
      configReference(),
      'docs/configuration.md is stale: run npm run docs:config',
    );
  });

  test('names every variable, each with a description, and every one is in .env.example', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const [name, field] of Object.entries(configSchema.shape)) {
      assert.ok((field.description ?? '').length > 10, `${name} has a description`);
      assert.match(example, new RegExp(`^#?\\s*${name}=`, 'm'), `${name} is in .env.example`);
    }
  });
});
