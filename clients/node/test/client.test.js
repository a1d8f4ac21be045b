'use strict';
// lib/client.js against a real frontdeskd (test/harness.js, SQLite):
// what every call carries (bearer token, deadline, request_id — seen on the
// wire by a grpc-js interceptor), request_id idempotency, the server's
// errors decoded (BadRequest field violations, ErrorInfo reasons), and a
// WatchTickets stream ended by its short deadline.

const assert = require('node:assert/strict');
const { after, before, test } = require('node:test');
const grpc = require('@grpc/grpc-js');
const { connect, FrontdeskError, status, DEFAULT_DEADLINE_MS } = require('../lib/client');
const { startServer, createSiteWithUnit, waitUntil } = require('./harness');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server;
let fd;

before(async () => {
  server = await startServer();
  fd = server.client();
  await createSiteWithUnit(fd, 'hx');
});

after(async () => {
  if (server) await server.stop();
});

// A grpc-js interceptor recording each call's method, deadline, metadata
// and request message as they leave the client.
function recorder() {
  const calls = [];
  const interceptor = (options, nextCall) => {
    const call = { path: options.method_definition.path, deadline: options.deadline };
    calls.push(call);
    return new grpc.InterceptingCall(nextCall(options), {
      start(metadata, listener, next) {
        call.authorization = metadata.get('authorization');
        next(metadata, listener);
      },
      sendMessage(message, next) {
        call.message = message;
        next(message);
      },
    });
  };
  return { calls, interceptor };
}

function repair(subject, extra = {}) {
  return {
    parent: 'sites/hx',
    ticket: { kind: 'REPAIR', channel: 'APP', subject,
              reporter: { name: '王芳', phone: '13800138000', unit: 'sites/hx/units/3-2-501' } },
    ...extra,
  };
}

// The deadline of `call`, in ms after `t0` (the time the call was made).
function deadlineAfter(call, t0) {
  assert.ok(call.deadline instanceof Date, `no deadline on ${call.path}`);
  return call.deadline.getTime() - t0;
}

test('every call carries the bearer token and the default deadline', async () => {
  const { calls, interceptor } = recorder();
  const c = server.client({ interceptors: [interceptor] });
  const t0 = Date.now();
  const site = await c.directory.getSite({ name: 'sites/hx' });
  assert.equal(site.name, 'sites/hx');
  const tickets = await c.tickets.listTickets({ parent: 'sites/hx' });
  assert.ok(Array.isArray(tickets.tickets));
  assert.deepEqual(calls.map((x) => x.path), [
    '/frontdesk.v1.DirectoryService/GetSite', '/frontdesk.v1.TicketService/ListTickets']);
  for (const call of calls) {
    assert.deepEqual(call.authorization, [`Bearer ${server.token}`]);
    const ms = deadlineAfter(call, t0);
    assert.ok(ms > DEFAULT_DEADLINE_MS - 5000 && ms <= DEFAULT_DEADLINE_MS + 50,
              `deadline ${ms} ms after the call, want about ${DEFAULT_DEADLINE_MS}`);
  }
  assert.equal(DEFAULT_DEADLINE_MS, 10000);
});

test('the deadline is the client\'s, or the call\'s when it gives one', async () => {
  const { calls, interceptor } = recorder();
  const c = server.client({ interceptors: [interceptor], deadlineMs: 60000 });
  const t0 = Date.now();
  await c.directory.getSite({ name: 'sites/hx' });
  await c.directory.getSite({ name: 'sites/hx' }, { deadlineMs: 2500 });
  const [clientWide, perCall] = calls.map((call) => deadlineAfter(call, t0));
  assert.ok(clientWide > 55000 && clientWide <= 60050, `client deadline ${clientWide} ms`);
  assert.ok(perCall > 0 && perCall <= 2550, `per-call deadline ${perCall} ms`);
  assert.throws(() => connect({ address: server.address, token: 't', deadlineMs: 0 }), TypeError);
  assert.throws(() => connect({ address: server.address, token: 't', deadlineMs: Infinity }), TypeError);
  assert.throws(() => c.directory.getSite({ name: 'sites/hx' }, { deadlineMs: -1 }), TypeError);
  assert.throws(() => connect({ address: server.address, token: '' }), TypeError);
});

test('mutating calls get a fresh request_id unless they bring one; reads get none', async () => {
  const { calls, interceptor } = recorder();
  const c = server.client({ interceptors: [interceptor] });
  const request = repair('门禁卡失效');
  const first = await c.tickets.createTicket(request);
  const second = await c.tickets.createTicket(request);
  assert.equal(request.requestId, undefined, 'the caller\'s request object is not modified');
  assert.notEqual(first.name, second.name, 'two calls without a request_id are two tickets');
  const [id1, id2] = calls.map((call) => call.message.requestId);
  assert.match(id1, UUID);
  assert.match(id2, UUID);
  assert.notEqual(id1, id2);

  await c.tickets.createTicket(repair('楼道灯不亮', { requestId: 'mine-1' }));
  await c.tickets.getTicket({ name: first.name });
  assert.equal(calls[2].message.requestId, 'mine-1');
  assert.equal(calls[3].path, '/frontdesk.v1.TicketService/GetTicket');
  assert.equal('requestId' in calls[3].message, false, 'GetTicketRequest has no request_id');
  assert.equal(c.tickets.createTicket.takesRequestId, true);
  assert.equal(c.tickets.getTicket.takesRequestId, false);
  assert.equal(c.tickets.watchTickets.takesRequestId, false);
});

test('a retried create with the same request_id returns the same ticket', async () => {
  const request = repair('电梯异响', { requestId: 'node-retry-1' });
  const first = await fd.tickets.createTicket(request);
  const retry = await fd.tickets.createTicket(request);
  assert.deepEqual(retry, first);
  const other = await fd.tickets.createTicket({ ...request, requestId: 'node-retry-2' });
  assert.notEqual(other.name, first.name);
  assert.match(first.number, /^HX-\d{8}-\d{4}$/);
  assert.equal(first.status, 'NEW');
  assert.equal(first.kind, 'REPAIR');
});

test('INVALID_ARGUMENT names the wrong field (google.rpc.BadRequest)', async () => {
  await assert.rejects(fd.tickets.createTicket(repair('')), (err) => {
    assert.ok(err instanceof FrontdeskError, `not a FrontdeskError: ${err}`);
    assert.equal(err.code, status.INVALID_ARGUMENT);
    assert.equal(err.codeName, 'INVALID_ARGUMENT');
    assert.deepEqual(err.fieldViolations.map((v) => v.field), ['ticket.subject']);
    assert.ok(err.fieldViolations[0].description, 'the violation says what is wrong');
    assert.equal(err.reason, 'INVALID_FIELD');
    assert.deepEqual(err.status.details.map((d) => d.type),
                     ['google.rpc.ErrorInfo', 'google.rpc.BadRequest']);
    return true;
  });
  await assert.rejects(fd.tickets.listTickets({ parent: 'sites/hx', pageSize: -1 }), (err) => {
    assert.equal(err.code, status.INVALID_ARGUMENT);
    assert.deepEqual(err.fieldViolations.map((v) => v.field), ['page_size']);
    return true;
  });
});

test('errors carry their google.rpc.ErrorInfo reason', async () => {
  await assert.rejects(fd.tickets.getTicket({ name: 'sites/hx/tickets/999999' }), (err) => {
    assert.ok(err instanceof FrontdeskError);
    assert.equal(err.code, status.NOT_FOUND);
    assert.equal(err.reason, 'TICKET_NOT_FOUND');
    assert.equal(err.errorInfo.domain, 'frontdesk.v1');
    assert.deepEqual(err.fieldViolations, []);
    assert.match(err.message, /^NOT_FOUND: /);
    return true;
  });
  const stranger = server.client({ token: 'fd_not-a-token' });
  await assert.rejects(stranger.directory.getSite({ name: 'sites/hx' }), (err) => {
    assert.equal(err.code, status.UNAUTHENTICATED);
    assert.equal(err.reason, 'UNAUTHENTICATED');
    return true;
  });
});

test('WatchTickets ends with DEADLINE_EXCEEDED at its short deadline', async (t) => {
  const t0 = Date.now();
  const stream = fd.tickets.watchTickets({ parent: 'sites/hx', afterEventId: '0' }, { deadlineMs: 300 });
  // Without its deadline the stream would not end: a watchdog cancels it
  // (CANCELLED, failing the test) instead of letting it hang.
  const watchdog = setTimeout(() => stream.cancel(), 5000);
  t.after(() => clearTimeout(watchdog));
  const seen = [];
  await assert.rejects(async () => {
    for await (const event of stream) seen.push(event);
  }, (err) => {
    assert.ok(err instanceof FrontdeskError, `not a FrontdeskError: ${err}`);
    assert.equal(err.code, status.DEADLINE_EXCEEDED);
    return true;
  });
  const elapsed = Date.now() - t0;
  assert.deepEqual(seen, [], 'no new events were written');
  // Ended by its own 300 ms deadline, not the client's 10 s one.
  assert.ok(elapsed >= 250 && elapsed < DEFAULT_DEADLINE_MS / 2, `ended after ${elapsed} ms`);
});

test('WatchTickets delivers the site\'s events, and leaving the loop cancels it', async () => {
  const ticket = await fd.tickets.createTicket(repair('水管漏水'));
  const stream = fd.tickets.watchTickets({ parent: 'sites/hx', afterEventId: '-1' }, { deadlineMs: 20000 });
  let ended = null;
  stream.call.on('status', (s) => { ended = s; });
  let found = null;
  for await (const event of stream) {
    if (event.ticketNumber === ticket.number) {
      found = event;
      break;
    }
  }
  assert.equal(found.type, 'CREATED');
  assert.match(found.eventId, /^[1-9][0-9]*$/, 'int64 event ids arrive as strings');
  assert.equal(found.actor, 'staff/admin');
  // Cancelled now, long before its 20 s deadline.
  await waitUntil(() => ended, 5000, 'the stream to end after the loop');
  assert.equal(ended.code, status.CANCELLED);
});
