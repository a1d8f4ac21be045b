#!/usr/bin/env node
'use strict';
// What the resident app does, through the frontdesk Node client:
//   1. pre-registers a visitor pass for the resident's unit and prints its
//      code (the visitor gives it at the desk: frontdesk visitor checkin --pass CODE);
//   2. records a repair ticket for the unit;
//   3. follows the ticket on WatchTickets, printing its events, until the
//      first change after its creation (e.g. the desk dispatching it or
//      adding a note), or until --timeout seconds have passed.
//
//   FRONTDESK_TOKEN=<RESIDENT_APP token> node examples/resident_app.js \
//       --site hx --unit 3-2-501 --visitor 张三 \
//       --resident 王芳 --phone 13800138000 --subject 厨房水管漏水 [--timeout 60]
//
//   pass 7KQ2MZ4D for 张三 at sites/hx/units/3-2-501, valid until 2026-11-24T08:00:00.000Z
//   ticket HX-20261123-0001 sites/hx/tickets/1 NEW
//   event 1 CREATED by staff/resident.app
//   event 2 NOTE_ADDED by staff/li.na: 师傅下午两点上门
//
// Server and token as for every client: $FRONTDESK_SERVER (default
// 127.0.0.1:50051), $FRONTDESK_TOKEN or the file $FRONTDESK_TOKEN_FILE.
// Exit status: 0 after the first change, 3 when none came in time, 1 on an
// error (printed with its reason and the fields it names), 2 on bad usage.

const { parseArgs } = require('node:util');
const { connect, status } = require('../lib/client');

const EXIT_TIMEOUT = 3;

// Creates a pass for `visitorName` to unit `unitId`, valid for `hours`.
// The response is the only place its code appears (the server keeps a hash).
async function createPass(fd, siteId, unitId, visitorName, hours = 24) {
  const expire = new Date(Date.now() + hours * 3600 * 1000);
  return fd.visitors.createVisitorPass({
    parent: `sites/${siteId}`,
    visitorPass: {
      visitor: { displayName: visitorName },
      host: { unit: `sites/${siteId}/units/${unitId}` },
      purpose: 'VISIT_RESIDENT',
      maxUses: 1,
      expireTime: { seconds: String(Math.floor(expire.getTime() / 1000)), nanos: 0 },
    },
  });
}

// Records a repair reported through the app by the resident of the unit.
async function reportRepair(fd, siteId, unitId, { resident, phone, subject }) {
  return fd.tickets.createTicket({
    parent: `sites/${siteId}`,
    ticket: {
      channel: 'APP',
      kind: 'REPAIR',
      subject,
      reporter: { name: resident, phone, unit: `sites/${siteId}/units/${unitId}` },
    },
  });
}

// Follows `ticket` on WatchTickets from its CREATED event on, calling
// onEvent for each of its events; resolves to the first event after
// CREATED, or null when `timeoutMs` (the watch's deadline) passes first.
// Starting from the CREATED event's id means a change made before the
// watch began is still seen.
async function followTicket(fd, ticket, timeoutMs, onEvent) {
  const history = await fd.tickets.listTicketEvents({ parent: ticket.name });
  const created = history.events.find((e) => e.type === 'CREATED');
  if (!created) throw new Error(`${ticket.number} has no CREATED event`);
  const siteName = ticket.name.split('/').slice(0, 2).join('/');
  // after_event_id 0 means "new events only" and -1 "the whole history";
  // the id before CREATED is 0 only when CREATED is the database's first
  // event, and then the whole history is the same thing.
  const before = BigInt(created.eventId) - 1n;
  const stream = fd.tickets.watchTickets(
    { parent: siteName, afterEventId: String(before === 0n ? -1n : before) },
    { deadlineMs: timeoutMs });
  try {
    for await (const event of stream) {
      if (event.ticketNumber !== ticket.number) continue;  // another ticket of the site
      onEvent(event);
      if (event.type !== 'CREATED') return event;
    }
  } catch (err) {
    if (err.code === status.DEADLINE_EXCEEDED) return null;
    throw err;
  }
  return null;  // the server ended the stream (shutting down)
}

function describeEvent(e) {
  const changes = e.changes.map((c) => `${c.field}: ${c.oldValue} -> ${c.newValue}`);
  const note = e.note ? [e.note] : [];
  const what = [...changes, ...note].join('; ');
  return `event ${e.eventId} ${e.type} by ${e.actor || 'the server'}${what ? `: ${what}` : ''}`;
}

const USAGE = 'usage: resident_app.js --site SITE --unit UNIT --visitor NAME ' +
  '--resident NAME --phone PHONE --subject TEXT [--timeout SECONDS]';

function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      site: { type: 'string' }, unit: { type: 'string' }, visitor: { type: 'string' },
      resident: { type: 'string' }, phone: { type: 'string' }, subject: { type: 'string' },
      timeout: { type: 'string', default: '60' },
    },
  });
  for (const k of ['site', 'unit', 'visitor', 'resident', 'phone', 'subject']) {
    if (!values[k]) throw new Error(`--${k} is required`);
  }
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error('--timeout must be a positive number of seconds');
  return { ...values, timeoutMs: timeout * 1000 };
}

async function main(argv) {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  const fd = connect();
  try {
    const pass = await createPass(fd, args.site, args.unit, args.visitor);
    const until = new Date(Number(pass.expireTime.seconds) * 1000).toISOString();
    console.log(`pass ${pass.code} for ${args.visitor} at ${pass.host.unit}, valid until ${until}`);
    const ticket = await reportRepair(fd, args.site, args.unit, args);
    console.log(`ticket ${ticket.number} ${ticket.name} ${ticket.status}`);
    const change = await followTicket(fd, ticket, args.timeoutMs,
                                      (e) => console.log(describeEvent(e)));
    if (!change) {
      console.error(`no change to ${ticket.number} within ${args.timeoutMs / 1000} s`);
      return EXIT_TIMEOUT;
    }
    return 0;
  } finally {
    fd.close();
  }
}

function reportError(err) {
  if (err.codeName) {
    console.error(`frontdesk: ${err.codeName}: ${err.details}${err.reason ? ` [${err.reason}]` : ''}`);
    for (const v of err.fieldViolations) console.error(`  ${v.field}: ${v.description}`);
  } else {
    console.error(`frontdesk: ${err.message}`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { reportError(err); process.exitCode = 1; });
}

module.exports = { createPass, reportRepair, followTicket, describeEvent };
