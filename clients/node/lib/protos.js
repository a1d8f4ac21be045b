'use strict';
// Where the frontdesk.v1 protos are and how they are loaded: one place for
// the include directories and the proto-loader options, shared by the client
// (lib/client.js), the error decoder (lib/errors.js) and the type generator
// (scripts/gen-types.js), so that the generated types match what the client
// returns at run time.
//
// - The frontdesk.v1 protos are the repository's protos/ (this package lives
//   in clients/node/); $FRONTDESK_PROTO_DIR overrides it.
// - google/rpc/{status,error_details}.proto come from Debian's
//   golang-github-gogo-googleapis-dev, as for the C++ and Python builds
//   (CMake's GOOGLEAPIS_PROTO_DIR); $FRONTDESK_GOOGLEAPIS_DIR overrides it.
// - google/protobuf/*.proto (Timestamp, Duration, FieldMask, Any) are
//   protobufjs's bundled copies, so no include directory is needed for them.

const fs = require('node:fs');
const path = require('node:path');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const DEFAULT_GOOGLEAPIS_DIR = '/usr/share/gocode/src/github.com/gogo/googleapis';

// The files the client loads, relative to protoDir().
const FRONTDESK_PROTOS = [
  'frontdesk/v1/common.proto',
  'frontdesk/v1/directory_service.proto',
  'frontdesk/v1/ticket_service.proto',
  'frontdesk/v1/visitor_service.proto',
  'frontdesk/v1/roster_service.proto',
  'frontdesk/v1/report_service.proto',
];
// The error-detail files, relative to googleapisDir().
const GOOGLE_RPC_PROTOS = ['google/rpc/status.proto', 'google/rpc/error_details.proto'];

// proto-loader options. Messages are plain objects with camelCase fields
// (request_id -> requestId), enums as their names ('REPAIR'), int64 as
// decimal strings (event ids pass 2^53), every field present (defaults) and
// a virtual field naming the set member of each oneof.
const LOADER_OPTIONS = Object.freeze({
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
});

// The same choices as proto-loader-gen-types flags (scripts/gen-types.js).
const GEN_TYPES_FLAGS = ['--longs=String', '--enums=String', '--defaults', '--oneofs'];

function protoDir() {
  return process.env.FRONTDESK_PROTO_DIR ||
    path.resolve(__dirname, '..', '..', '..', 'protos');
}

function googleapisDir() {
  return process.env.FRONTDESK_GOOGLEAPIS_DIR || DEFAULT_GOOGLEAPIS_DIR;
}

// dir/file, or an error naming the variable that points elsewhere.
function requireFile(dir, file, envVar) {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new Error(`${full} not found (point ${envVar} at the directory holding ${file})`);
  return full;
}

// The proto-loader PackageDefinition of frontdesk.v1 (and google.rpc),
// for grpc.loadPackageDefinition.
function loadPackageDefinition() {
  for (const f of FRONTDESK_PROTOS) requireFile(protoDir(), f, 'FRONTDESK_PROTO_DIR');
  for (const f of GOOGLE_RPC_PROTOS) requireFile(googleapisDir(), f, 'FRONTDESK_GOOGLEAPIS_DIR');
  return protoLoader.loadSync([...FRONTDESK_PROTOS, ...GOOGLE_RPC_PROTOS], {
    ...LOADER_OPTIONS,
    includeDirs: [protoDir(), googleapisDir()],
  });
}

let statusRoot = null;

// A protobufjs Root holding google.rpc.Status and the error details, for
// decoding the grpc-status-details-bin trailer. Loaded once.
function loadStatusRoot() {
  if (statusRoot) return statusRoot;
  const dir = googleapisDir();
  const root = new protobuf.Root();
  root.resolvePath = (origin, target) => {
    if (path.isAbsolute(target)) return target;
    const inDir = path.join(dir, target);
    return fs.existsSync(inDir) ? inDir : target;  // google/protobuf: bundled
  };
  root.loadSync(GOOGLE_RPC_PROTOS.map((f) => requireFile(dir, f, 'FRONTDESK_GOOGLEAPIS_DIR')));
  root.resolveAll();
  statusRoot = root;
  return root;
}

module.exports = {
  FRONTDESK_PROTOS,
  GOOGLE_RPC_PROTOS,
  LOADER_OPTIONS,
  GEN_TYPES_FLAGS,
  protoDir,
  googleapisDir,
  loadPackageDefinition,
  loadStatusRoot,
};
