// Compiled (never run) by `tsc --noEmit` in test/types.test.js: uses of the
// client that must type-check against lib/client.d.ts and the generated
// types/, and misuses (@ts-expect-error) that must not. A wrong declaration
// or stale generated type fails the test.

import { connect, FrontdeskError, status } from '../lib/client';
import type { Ticket__Output } from '../types/frontdesk/v1/Ticket';
import type { TicketEvent__Output } from '../types/frontdesk/v1/TicketEvent';

async function residentApp(): Promise<void> {
  const fd = connect({ address: '127.0.0.1:50051', token: 't', deadlineMs: 5000 });
  const ticket: Ticket__Output = await fd.tickets.createTicket({
    parent: 'sites/hx',
    ticket: { kind: 'REPAIR', channel: 'APP', subject: '厨房水管漏水', reporter: { name: '王芳' } },
    requestId: 'retry-safe-1',
  });
  const number: string = ticket.number;
  const created: boolean = fd.tickets.createTicket.takesRequestId;

  const pass = await fd.visitors.createVisitorPass({
    parent: 'sites/hx', visitorPass: { visitor: { displayName: '张三' }, maxUses: 1 } });
  const code: string = pass.code;

  const stream = fd.tickets.watchTickets({ parent: 'sites/hx', afterEventId: '-1' }, { deadlineMs: 60000 });
  for await (const event of stream) {
    const e: TicketEvent__Output = event;
    const id: string = e.eventId;  // int64 as a string
    void id;
  }
  stream.cancel();

  try {
    await fd.directory.getSite({ name: 'sites/hx' });
  } catch (err) {
    if (err instanceof FrontdeskError && err.code === status.INVALID_ARGUMENT) {
      const fields: string[] = err.fieldViolations.map((v) => v.field);
      const reason: string = err.reason;
      const domain: string | undefined = err.errorInfo?.domain;
      void fields; void reason; void domain;
    }
  }

  // @ts-expect-error: no such field in CreateTicketRequest
  await fd.tickets.createTicket({ parent: 'sites/hx', ticketz: {} });
  // @ts-expect-error: unary calls return a Promise, not a stream
  for await (const x of fd.tickets.getTicket({ name: 'x' })) void x;
  // @ts-expect-error: watchTickets is a stream, not a Promise
  await fd.tickets.watchTickets({ parent: 'sites/hx' }).then(() => undefined);
  // @ts-expect-error: no such method
  fd.tickets.createTickets({});
  // @ts-expect-error: deadlineMs is a number
  await fd.tickets.getTicket({ name: 'x' }, { deadlineMs: '10' });

  void number; void created; void code;
  fd.close();
}

void residentApp;
