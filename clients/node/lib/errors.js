'use strict';
// frontdesk errors with their google.rpc details decoded.
//
// frontdeskd answers every failed call with a status code, a message and the
// `grpc-status-details-bin` trailer: a serialized google.rpc.Status whose
// details hold a google.rpc.ErrorInfo (an UPPER_SNAKE_CASE `reason`, domain
// "frontdesk.v1", metadata) and, for INVALID_ARGUMENT, a google.rpc.BadRequest
// naming each wrong field. decodeError() turns a grpc-js ServiceError into a
// FrontdeskError carrying all of that:
//
//   err.code            grpc status number (grpc.status.INVALID_ARGUMENT)
//   err.codeName        'INVALID_ARGUMENT'
//   err.details         the server's message
//   err.reason          ErrorInfo.reason, '' when there is none
//   err.errorInfo       { reason, domain, metadata } or null
//   err.fieldViolations [{ field, description }] from BadRequest ([] if none)
//   err.status          { code, message, details: [...] } or null: every
//                       detail decoded as { type, value } when it is a
//                       google.rpc type, else kept raw as { typeUrl, value }
//                       (value a Buffer)
//   err.metadata        the trailing grpc.Metadata
//   err.cause           the original ServiceError

const grpc = require('@grpc/grpc-js');
const protobuf = require('protobufjs');
const { loadStatusRoot } = require('./protos');

const DETAILS_KEY = 'grpc-status-details-bin';
const TYPE_URL_PREFIX = 'type.googleapis.com/';
const TO_OBJECT = { longs: String, enums: String, defaults: true };

const CODE_NAMES = Object.fromEntries(
  Object.entries(grpc.status).map(([name, code]) => [code, name]));

class FrontdeskError extends Error {
  constructor(fields) {
    super(`${fields.codeName}: ${fields.details}`);
    this.name = 'FrontdeskError';
    Object.assign(this, fields);
  }
}

// The google.rpc.Status in `metadata` (a grpc.Metadata), decoded; null when
// the trailer is absent.
function decodeStatusDetails(metadata) {
  const values = metadata ? metadata.get(DETAILS_KEY) : [];
  if (values.length === 0) return null;
  const root = loadStatusRoot();
  const Status = root.lookupType('google.rpc.Status');
  const status = Status.decode(Buffer.from(values[0]));
  return {
    code: status.code,
    message: status.message,
    details: status.details.map((any) => decodeAny(root, any)),
  };
}

function decodeAny(root, any) {
  const typeUrl = any.type_url || any.typeUrl || '';
  const value = Buffer.from(any.value || []);
  const typeName = typeUrl.startsWith(TYPE_URL_PREFIX) ? typeUrl.slice(TYPE_URL_PREFIX.length) : '';
  if (typeName.startsWith('google.rpc.')) {
    const type = root.lookup(typeName);
    if (type instanceof protobuf.Type) {
      return { type: typeName, value: type.toObject(type.decode(value), TO_OBJECT) };
    }
  }
  return { typeUrl, value };
}

function findDetail(status, typeName) {
  const found = status ? status.details.find((d) => d.type === typeName) : undefined;
  return found ? found.value : null;
}

// A FrontdeskError for a grpc-js ServiceError (anything with a numeric
// `code`); other values, and FrontdeskErrors, are returned unchanged.
function decodeError(err) {
  if (err instanceof FrontdeskError || !err || typeof err.code !== 'number') return err;
  let status = null;
  let decodeFailure = null;
  try {
    status = decodeStatusDetails(err.metadata);
  } catch (e) {
    decodeFailure = e;  // a malformed trailer must not hide the error itself
  }
  const errorInfo = findDetail(status, 'google.rpc.ErrorInfo');
  const badRequest = findDetail(status, 'google.rpc.BadRequest');
  const fields = {
    code: err.code,
    codeName: CODE_NAMES[err.code] || `CODE_${err.code}`,
    details: err.details !== undefined ? err.details : err.message,
    reason: errorInfo ? errorInfo.reason : '',
    errorInfo,
    fieldViolations: badRequest ? badRequest.fieldViolations : [],
    status,
    metadata: err.metadata || new grpc.Metadata(),
    cause: err,
  };
  if (decodeFailure) fields.detailsDecodeError = decodeFailure;
  return new FrontdeskError(fields);
}

module.exports = { FrontdeskError, decodeError, decodeStatusDetails };
