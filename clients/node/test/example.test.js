'use strict';
// examples/resident_app.js end to end against a real frontdeskd, run as the
// resident app would be: its own process, the RESIDENT_APP account's token
// in FRONTDESK_TOKEN. The desk (the admin here) adds a note once the ticket
// is printed; the example must print the pass, the ticket, its CREATED
// event and the note, and exit 0. Without a change it exits 3 at --timeout.
// Errors print the server's reason and the field it names.

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const path = require('node:path');
const { after, before, test } = require('node:test');
const { startServer, createSiteWithUnit, residentAppToken, waitUntil } = require('./harness');

const EXAMPLE = path.resolve(__dirname, '..', 'examples', 'resident_app.js');
const RUN_TIMEOUT_MS = 60000;

let server;
let desk;
let appToken;

before(async () => {
  server = await startServer();
  desk = server.client();
  await createSiteWithUnit(desk, 'hx');
  appToken = await residentAppToken(desk, 'hx');
});

after(async () => {
  if (server) await server.stop();
});

// Starts the example; `lines` fills with its stdout lines as they come,
// `done` resolves to { code, stdout, stderr } (killed after RUN_TIMEOUT_MS).
function runExample(args) {
  const env = { ...process.env, FRONTDESK_SERVER: server.address, FRONTDESK_TOKEN: appToken };
  delete env.FRONTDESK_TOKEN_FILE;
  const child = spawn(process.execPath, [EXAMPLE, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '', lines: [] };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out.stdout += d;
    out.lines = out.stdout.split('\n').filter(Boolean);
  });
  child.stderr.on('data', (d) => { out.stderr += d; });
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  out.done = new Promise((resolve) => child.on('close', (code, signal) => {
    clearTimeout(timer);
    resolve({ code: code !== null ? code : `signal ${signal}`, stdout: out.stdout, stderr: out.stderr });
  }));
  return out;
}

const ARGS = ['--site', 'hx', '--unit', '3-2-501', '--visitor', '张三',
              '--resident', '王芳', '--phone', '13800138000', '--subject', '厨房水管漏水'];

test('the resident app pre-registers a pass, reports a repair and sees the desk\'s note', async () => {
  const run = runExample([...ARGS, '--timeout', '30']);
  const ticketLine = await Promise.race([
    waitUntil(() => run.lines.find((l) => l.startsWith('ticket ')), RUN_TIMEOUT_MS, 'the ticket line'),
    run.done.then((r) => { throw new Error(`example exited early: ${JSON.stringify(r)}`); }),
  ]);
  const [, number, name, state] = ticketLine.split(' ');
  assert.match(number, /^HX-\d{8}-\d{4}$/);
  assert.equal(state, 'NEW');

  // The desk answers; the example may or may not be watching yet.
  await desk.tickets.addTicketNote({ ticket: name, note: '师傅下午两点上门' });
  const result = await run.done;
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 4, result.stdout);
  assert.match(lines[0], /^pass [2-9A-HJKMNP-Z]{8} for 张三 at sites\/hx\/units\/3-2-501, valid until \d{4}-\d\d-\d\dT/);
  assert.equal(lines[1], ticketLine);
  assert.match(lines[2], /^event \d+ CREATED by staff\/resident\.app$/);
  assert.match(lines[3], /^event \d+ NOTE_ADDED by staff\/admin: 师傅下午两点上门$/);

  // The pass works at the desk, once.
  const code = lines[0].split(' ')[1];
  const passes = await desk.visitors.listVisitorPasses({ parent: 'sites/hx' });
  const pass = passes.visitorPasses.find((p) => p.host.unit === 'sites/hx/units/3-2-501');
  assert.equal(pass.createdBy, 'staff/resident.app');
  assert.equal(pass.state, 'ACTIVE');
  assert.equal(pass.code, '', 'the code is only in the creating response');
  const ticket = await desk.tickets.getTicket({ name });
  assert.equal(ticket.number, number);
  assert.equal(ticket.reporter.unit, 'sites/hx/units/3-2-501');
  assert.equal(ticket.createdBy, 'staff/resident.app');
  assert.match(code, /^[2-9A-HJKMNP-Z]{8}$/);
});

test('without a change the example stops at its timeout (exit 3)', async () => {
  const result = await runExample([...ARGS, '--timeout', '1']).done;
  assert.equal(result.code, 3, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 3, result.stdout);
  assert.match(lines[2], /^event \d+ CREATED by staff\/resident\.app$/);
  assert.match(result.stderr, /^no change to HX-\d{8}-\d{4} within 1 s$/m);
});

test('errors print the server\'s reason and the wrong field (exit 1)', async () => {
  const wrongUnit = ARGS.map((a) => (a === '3-2-501' ? '9-9-999' : a));
  const missing = await runExample([...wrongUnit, '--timeout', '5']).done;
  assert.equal(missing.code, 1, missing.stdout);
  assert.equal(missing.stdout, '');
  assert.match(missing.stderr, /^frontdesk: NOT_FOUND: .*\[UNIT_NOT_FOUND\]$/m);

  // The pass needs no phone; the ticket's reporter does, and a valid one.
  const badPhone = ARGS.map((a) => (a === '13800138000' ? '12' : a));
  const invalid = await runExample([...badPhone, '--timeout', '5']).done;
  assert.equal(invalid.code, 1, invalid.stdout);
  assert.match(invalid.stdout, /^pass /);
  assert.match(invalid.stderr, /^frontdesk: INVALID_ARGUMENT: .*\[INVALID_FIELD\]$/m);
  assert.match(invalid.stderr, /^ {2}ticket\.reporter\.phone: \S/m);
});

test('bad usage exits 2', async () => {
  const result = await runExample(['--site', 'hx']).done;
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--unit is required/);
});
