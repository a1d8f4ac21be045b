'use strict';
// The committed TypeScript types are current and consistent:
// - types/ is what proto-loader-gen-types makes of today's protos (the
//   generator runs into a temp dir and every file is compared);
// - lib/client.d.ts, the generated types and test/typecheck.ts pass
//   `tsc --noEmit` (strict), so the declarations match the generated types.

const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test } = require('node:test');
const { generate } = require('../scripts/gen-types');

const PACKAGE_DIR = path.resolve(__dirname, '..');

function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

test('types/ is what proto-loader-gen-types makes of the protos', (t) => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-node-types-'));
  t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const fresh = path.join(tmp, 'types');
  generate(fresh);
  const committed = path.join(PACKAGE_DIR, 'types');
  const want = listFiles(fresh);
  assert.ok(want.length > 100, `the generator wrote only ${want.length} files`);
  const have = listFiles(committed);
  const hint = 'types/ is stale: run `npm run gen-types` in clients/node and commit types/';
  assert.deepEqual(have, want, `${hint} (files differ)`);
  const changed = want.filter((f) =>
    !fs.readFileSync(path.join(fresh, f)).equals(fs.readFileSync(path.join(committed, f))));
  assert.deepEqual(changed, [], `${hint} (contents differ)`);
});

test('lib/client.d.ts and the generated types pass tsc --noEmit', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'],
                 { cwd: PACKAGE_DIR, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc --noEmit failed:\n${e.stdout}${e.stderr}`);
  }
});
