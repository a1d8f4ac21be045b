'use strict';
// A small frontdesk.v1 client for Node apps (CommonJS; types in client.d.ts).
//
//   const { connect } = require('frontdesk-client');
//   const fd = connect();                  // $FRONTDESK_SERVER, token from env/file
//   const ticket = await fd.tickets.createTicket({ parent: 'sites/hx', ticket: {...} });
//   for await (const ev of fd.tickets.watchTickets({ parent: 'sites/hx' }, { deadlineMs: 60000 })) ...
//   fd.close();
//
// The contract, for every call through a Client:
// - metadata `authorization: Bearer <token>`;
// - a deadline: the call's `deadlineMs`, else the client's (default 10 s);
//   a stream ends with DEADLINE_EXCEEDED when it runs out, so a watcher
//   gives the time it is willing to wait;
// - a request whose message has a request_id field and no `requestId` gets a
//   fresh UUID (the caller's object is not modified). A caller that may retry
//   a mutation passes its own requestId and reuses it on the retry: the
//   server then returns the first result and creates nothing new;
// - unary calls return a Promise of the response; server-streaming calls
//   return a ResponseStream (an async iterable with cancel());
// - failures are FrontdeskErrors (lib/errors.js): code, reason, field
//   violations and every google.rpc detail decoded.
// Messages are plain objects as lib/protos.js LOADER_OPTIONS make them:
// camelCase fields, enum names, int64 as strings.

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const { loadPackageDefinition } = require('./protos');
const { FrontdeskError, decodeError, decodeStatusDetails } = require('./errors');

const DEFAULT_SERVER = '127.0.0.1:50051';
const DEFAULT_TOKEN_FILE = '~/.config/frontdesk/token';
const DEFAULT_DEADLINE_MS = 10000;

// Client property -> service of package frontdesk.v1.
const SERVICES = Object.freeze({
  directory: 'DirectoryService',
  tickets: 'TicketService',
  visitors: 'VisitorService',
  roster: 'RosterService',
  reports: 'ReportService',
});

let grpcPackage = null;
function frontdeskPackage() {
  if (!grpcPackage) grpcPackage = grpc.loadPackageDefinition(loadPackageDefinition());
  return grpcPackage.frontdesk.v1;
}

// $FRONTDESK_SERVER, else 127.0.0.1:50051.
function serverAddress() {
  return process.env.FRONTDESK_SERVER || DEFAULT_SERVER;
}

// $FRONTDESK_TOKEN, else the contents of $FRONTDESK_TOKEN_FILE (default
// ~/.config/frontdesk/token, where frontdeskd writes the first admin token).
function loadToken() {
  const token = (process.env.FRONTDESK_TOKEN || '').trim();
  if (token) return token;
  let file = process.env.FRONTDESK_TOKEN_FILE || DEFAULT_TOKEN_FILE;
  if (file === '~' || file.startsWith('~/')) file = path.join(os.homedir(), file.slice(1));
  return fs.readFileSync(file, 'utf8').trim();
}

function checkDeadline(ms, what) {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) {
    throw new TypeError(`${what} must be a positive number of milliseconds, got ${ms}`);
  }
  return ms;
}

// Whether the method's request message has a request_id field (named
// requestId in the descriptor proto-loader keeps, as keepCase is false).
function hasRequestIdField(method) {
  const fields = (method.requestType && method.requestType.type &&
                  method.requestType.type.field) || [];
  return fields.some((f) => f.name === 'requestId' || f.name === 'request_id');
}

// The stream of a server-streaming call: `for await (const m of stream)`
// yields the messages and throws a FrontdeskError when the call fails
// (DEADLINE_EXCEEDED when its deadline passes). Leaving the loop early, or
// cancel(), cancels the call. `call` is the grpc-js ClientReadableStream.
class ResponseStream {
  constructor(call) {
    this.call = call;
    // The iterator below reports errors; without a listener of its own a
    // late error (after cancel) would be thrown by the EventEmitter.
    call.on('error', () => {});
  }

  cancel() {
    this.call.cancel();
  }

  async *[Symbol.asyncIterator]() {
    try {
      for await (const message of this.call) yield message;
    } catch (err) {
      throw decodeError(err);
    } finally {
      this.call.cancel();  // no-op once the call has ended
    }
  }
}

class Client {
  // options: address (default serverAddress()), token (default loadToken()),
  // deadlineMs (default 10000), channelOptions (grpc-js channel options),
  // interceptors (grpc-js client interceptors), credentials (default
  // insecure: frontdeskd serves plain gRPC on a trusted network).
  constructor(options = {}) {
    this.address = options.address || serverAddress();
    this.token = options.token !== undefined ? options.token : loadToken();
    if (typeof this.token !== 'string' || this.token === '') {
      throw new TypeError('a bearer token is required');
    }
    this.deadlineMs = checkDeadline(
      options.deadlineMs !== undefined ? options.deadlineMs : DEFAULT_DEADLINE_MS, 'deadlineMs');
    const credentials = options.credentials || grpc.credentials.createInsecure();
    this.channel = new grpc.Channel(this.address, credentials, options.channelOptions || {});
    const pkg = frontdeskPackage();
    for (const [property, serviceName] of Object.entries(SERVICES)) {
      const Stub = pkg[serviceName];
      const stub = new Stub(this.address, credentials, {
        channelOverride: this.channel,
        interceptors: options.interceptors || [],
      });
      this[property] = this._wrapService(stub, Stub.service);
    }
  }

  close() {
    this.channel.close();
  }

  // Metadata and grpc-js call options of one call. callOptions: deadlineMs.
  _callSettings(callOptions = {}) {
    const deadlineMs = callOptions.deadlineMs !== undefined
      ? checkDeadline(callOptions.deadlineMs, 'deadlineMs') : this.deadlineMs;
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${this.token}`);
    return { metadata, options: { deadline: new Date(Date.now() + deadlineMs) } };
  }

  _wrapService(stub, definition) {
    const methods = {};
    for (const [name, method] of Object.entries(definition)) {
      if (method.requestStream) continue;  // frontdesk.v1 has no client streams
      const jsName = name[0].toLowerCase() + name.slice(1);
      const fillRequestId = hasRequestIdField(method);
      const prepare = (request) => {
        const message = { ...(request || {}) };
        if (fillRequestId && !message.requestId) message.requestId = crypto.randomUUID();
        return message;
      };
      methods[jsName] = method.responseStream
        ? (request, callOptions) => {
          const { metadata, options } = this._callSettings(callOptions);
          return new ResponseStream(stub[name](prepare(request), metadata, options));
        }
        : (request, callOptions) => {
          const { metadata, options } = this._callSettings(callOptions);
          const message = prepare(request);
          return new Promise((resolve, reject) => {
            stub[name](message, metadata, options, (err, response) => {
              if (err) reject(decodeError(err));
              else resolve(response);
            });
          });
        };
      methods[jsName].takesRequestId = fillRequestId;
    }
    return Object.freeze(methods);
  }
}

function connect(options) {
  return new Client(options);
}

module.exports = {
  Client,
  connect,
  ResponseStream,
  FrontdeskError,
  decodeError,
  decodeStatusDetails,
  loadToken,
  serverAddress,
  status: grpc.status,
  DEFAULT_DEADLINE_MS,
  SERVICES,
};
