'use strict';
// decodeError() without a server: the grpc-status-details-bin trailer is
// built here with protobufjs, including a detail of a type the decoder does
// not know (kept raw) and a malformed trailer (the error itself survives).
// test/client.test.js checks the same decoding on the real server's errors.

const assert = require('node:assert/strict');
const { test } = require('node:test');
const grpc = require('@grpc/grpc-js');
const { decodeError, FrontdeskError } = require('../lib/client');
const { loadStatusRoot } = require('../lib/protos');

function any(root, typeName, value) {
  const type = root.lookupType(typeName);
  // google.protobuf.Any as protobufjs bundles it names the field type_url.
  return { type_url: `type.googleapis.com/${typeName}`, value: type.encode(type.fromObject(value)).finish() };
}

function serviceError(code, details, statusMessage) {
  const metadata = new grpc.Metadata();
  if (statusMessage) metadata.set('grpc-status-details-bin', Buffer.from(statusMessage));
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata });
}

test('ErrorInfo, BadRequest and other google.rpc details are decoded; unknown ones kept raw', () => {
  const root = loadStatusRoot();
  const Status = root.lookupType('google.rpc.Status');
  const raw = { type_url: 'type.googleapis.com/acme.v1.Thing', value: Buffer.from([8, 1]) };
  const encoded = Status.encode(Status.fromObject({
    code: grpc.status.INVALID_ARGUMENT,
    message: 'ticket.subject: is required',
    details: [
      any(root, 'google.rpc.ErrorInfo', { reason: 'INVALID_FIELD', domain: 'frontdesk.v1', metadata: { k: 'v' } }),
      any(root, 'google.rpc.BadRequest', { fieldViolations: [{ field: 'ticket.subject', description: 'is required' }] }),
      any(root, 'google.rpc.RetryInfo', { retryDelay: { seconds: 2 } }),
      raw,
    ],
  })).finish();

  const err = decodeError(serviceError(grpc.status.INVALID_ARGUMENT, 'ticket.subject: is required', encoded));
  assert.ok(err instanceof FrontdeskError);
  assert.ok(err instanceof Error);
  assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
  assert.equal(err.codeName, 'INVALID_ARGUMENT');
  assert.equal(err.message, 'INVALID_ARGUMENT: ticket.subject: is required');
  assert.equal(err.reason, 'INVALID_FIELD');
  assert.deepEqual(err.errorInfo, { reason: 'INVALID_FIELD', domain: 'frontdesk.v1', metadata: { k: 'v' } });
  assert.deepEqual(err.fieldViolations, [{ field: 'ticket.subject', description: 'is required' }]);
  assert.equal(err.status.code, grpc.status.INVALID_ARGUMENT);
  assert.deepEqual(err.status.details.map((d) => d.type || d.typeUrl), [
    'google.rpc.ErrorInfo', 'google.rpc.BadRequest', 'google.rpc.RetryInfo',
    'type.googleapis.com/acme.v1.Thing']);
  assert.deepEqual(err.status.details[2].value, { retryDelay: { seconds: '2', nanos: 0 } });
  assert.ok(Buffer.isBuffer(err.status.details[3].value));
  assert.deepEqual([...err.status.details[3].value], [8, 1]);
  assert.equal(decodeError(err), err, 'decoding twice changes nothing');
});

test('an error without the trailer has no details; a malformed trailer does not hide the error', () => {
  const plain = decodeError(serviceError(grpc.status.UNAVAILABLE, 'connection refused'));
  assert.equal(plain.codeName, 'UNAVAILABLE');
  assert.equal(plain.status, null);
  assert.equal(plain.reason, '');
  assert.equal(plain.errorInfo, null);
  assert.deepEqual(plain.fieldViolations, []);

  const bad = decodeError(serviceError(grpc.status.INTERNAL, 'boom', Buffer.from([0x0a, 0xff, 0xff])));
  assert.equal(bad.codeName, 'INTERNAL');
  assert.equal(bad.details, 'boom');
  assert.equal(bad.status, null);
  assert.ok(bad.detailsDecodeError instanceof Error);
});

test('values that are not gRPC errors pass through unchanged', () => {
  const e = new TypeError('not grpc');
  assert.equal(decodeError(e), e);
  assert.equal(decodeError(undefined), undefined);
});
