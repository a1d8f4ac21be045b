#!/usr/bin/env node
'use strict';
// Generates the TypeScript types of frontdesk.v1 and google.rpc with
// proto-loader-gen-types (from @grpc/proto-loader) into OUT_DIR (default
// types/, which is committed):
//
//   npm run gen-types                 after changing protos/frontdesk/v1/*.proto
//   node scripts/gen-types.js DIR     elsewhere (test/types.test.js diffs it)
//
// The flags come from lib/protos.js, so the types describe exactly the
// objects the client returns. The generator runs in this package's
// directory with the protos dir given relatively, so the "Original file"
// lines it writes do not depend on where the checkout is. The google/rpc
// lines name the Debian include dir: generate with FRONTDESK_GOOGLEAPIS_DIR
// unset, or the committed types differ from what the test regenerates.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const protos = require('../lib/protos');

const PACKAGE_DIR = path.resolve(__dirname, '..');

function generate(outDir) {
  const generator = require.resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js');
  const protoDir = path.relative(PACKAGE_DIR, protos.protoDir()) || '.';
  fs.rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [
    generator,
    ...protos.FRONTDESK_PROTOS, ...protos.GOOGLE_RPC_PROTOS,
    ...protos.GEN_TYPES_FLAGS,
    '--includeComments',
    '--grpcLib=@grpc/grpc-js',
    `--outDir=${outDir}`,
    `--includeDirs=${protoDir}`,
    `--includeDirs=${protos.googleapisDir()}`,
  ], { cwd: PACKAGE_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(PACKAGE_DIR, 'types'));
  generate(outDir);
  console.log(`types generated into ${outDir}`);
}

module.exports = { generate };
