// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddTicketNoteRequest as _frontdesk_v1_AddTicketNoteRequest, AddTicketNoteRequest__Output as _frontdesk_v1_AddTicketNoteRequest__Output } from '../../frontdesk/v1/AddTicketNoteRequest';
import type { AgreeTicketPlanRequest as _frontdesk_v1_AgreeTicketPlanRequest, AgreeTicketPlanRequest__Output as _frontdesk_v1_AgreeTicketPlanRequest__Output } from '../../frontdesk/v1/AgreeTicketPlanRequest';
import type { CancelTicketRequest as _frontdesk_v1_CancelTicketRequest, CancelTicketRequest__Output as _frontdesk_v1_CancelTicketRequest__Output } from '../../frontdesk/v1/CancelTicketRequest';
import type { ChangePromiseRequest as _frontdesk_v1_ChangePromiseRequest, ChangePromiseRequest__Output as _frontdesk_v1_ChangePromiseRequest__Output } from '../../frontdesk/v1/ChangePromiseRequest';
import type { CompleteWorkOrderRequest as _frontdesk_v1_CompleteWorkOrderRequest, CompleteWorkOrderRequest__Output as _frontdesk_v1_CompleteWorkOrderRequest__Output } from '../../frontdesk/v1/CompleteWorkOrderRequest';
import type { ConfirmArrivalRequest as _frontdesk_v1_ConfirmArrivalRequest, ConfirmArrivalRequest__Output as _frontdesk_v1_ConfirmArrivalRequest__Output } from '../../frontdesk/v1/ConfirmArrivalRequest';
import type { CreateTicketRequest as _frontdesk_v1_CreateTicketRequest, CreateTicketRequest__Output as _frontdesk_v1_CreateTicketRequest__Output } from '../../frontdesk/v1/CreateTicketRequest';
import type { DispatchTicketRequest as _frontdesk_v1_DispatchTicketRequest, DispatchTicketRequest__Output as _frontdesk_v1_DispatchTicketRequest__Output } from '../../frontdesk/v1/DispatchTicketRequest';
import type { EscalateTicketRequest as _frontdesk_v1_EscalateTicketRequest, EscalateTicketRequest__Output as _frontdesk_v1_EscalateTicketRequest__Output } from '../../frontdesk/v1/EscalateTicketRequest';
import type { Escalation as _frontdesk_v1_Escalation, Escalation__Output as _frontdesk_v1_Escalation__Output } from '../../frontdesk/v1/Escalation';
import type { GetTicketRequest as _frontdesk_v1_GetTicketRequest, GetTicketRequest__Output as _frontdesk_v1_GetTicketRequest__Output } from '../../frontdesk/v1/GetTicketRequest';
import type { LinkTicketRequest as _frontdesk_v1_LinkTicketRequest, LinkTicketRequest__Output as _frontdesk_v1_LinkTicketRequest__Output } from '../../frontdesk/v1/LinkTicketRequest';
import type { ListCallbacksDueRequest as _frontdesk_v1_ListCallbacksDueRequest, ListCallbacksDueRequest__Output as _frontdesk_v1_ListCallbacksDueRequest__Output } from '../../frontdesk/v1/ListCallbacksDueRequest';
import type { ListEscalationsRequest as _frontdesk_v1_ListEscalationsRequest, ListEscalationsRequest__Output as _frontdesk_v1_ListEscalationsRequest__Output } from '../../frontdesk/v1/ListEscalationsRequest';
import type { ListEscalationsResponse as _frontdesk_v1_ListEscalationsResponse, ListEscalationsResponse__Output as _frontdesk_v1_ListEscalationsResponse__Output } from '../../frontdesk/v1/ListEscalationsResponse';
import type { ListOverdueTicketsRequest as _frontdesk_v1_ListOverdueTicketsRequest, ListOverdueTicketsRequest__Output as _frontdesk_v1_ListOverdueTicketsRequest__Output } from '../../frontdesk/v1/ListOverdueTicketsRequest';
import type { ListSlaPoliciesRequest as _frontdesk_v1_ListSlaPoliciesRequest, ListSlaPoliciesRequest__Output as _frontdesk_v1_ListSlaPoliciesRequest__Output } from '../../frontdesk/v1/ListSlaPoliciesRequest';
import type { ListSlaPoliciesResponse as _frontdesk_v1_ListSlaPoliciesResponse, ListSlaPoliciesResponse__Output as _frontdesk_v1_ListSlaPoliciesResponse__Output } from '../../frontdesk/v1/ListSlaPoliciesResponse';
import type { ListTicketEventsRequest as _frontdesk_v1_ListTicketEventsRequest, ListTicketEventsRequest__Output as _frontdesk_v1_ListTicketEventsRequest__Output } from '../../frontdesk/v1/ListTicketEventsRequest';
import type { ListTicketEventsResponse as _frontdesk_v1_ListTicketEventsResponse, ListTicketEventsResponse__Output as _frontdesk_v1_ListTicketEventsResponse__Output } from '../../frontdesk/v1/ListTicketEventsResponse';
import type { ListTicketsRequest as _frontdesk_v1_ListTicketsRequest, ListTicketsRequest__Output as _frontdesk_v1_ListTicketsRequest__Output } from '../../frontdesk/v1/ListTicketsRequest';
import type { ListTicketsResponse as _frontdesk_v1_ListTicketsResponse, ListTicketsResponse__Output as _frontdesk_v1_ListTicketsResponse__Output } from '../../frontdesk/v1/ListTicketsResponse';
import type { ListWorkOrdersRequest as _frontdesk_v1_ListWorkOrdersRequest, ListWorkOrdersRequest__Output as _frontdesk_v1_ListWorkOrdersRequest__Output } from '../../frontdesk/v1/ListWorkOrdersRequest';
import type { ListWorkOrdersResponse as _frontdesk_v1_ListWorkOrdersResponse, ListWorkOrdersResponse__Output as _frontdesk_v1_ListWorkOrdersResponse__Output } from '../../frontdesk/v1/ListWorkOrdersResponse';
import type { MarkTicketDuplicateRequest as _frontdesk_v1_MarkTicketDuplicateRequest, MarkTicketDuplicateRequest__Output as _frontdesk_v1_MarkTicketDuplicateRequest__Output } from '../../frontdesk/v1/MarkTicketDuplicateRequest';
import type { MarkTicketUnfoundedRequest as _frontdesk_v1_MarkTicketUnfoundedRequest, MarkTicketUnfoundedRequest__Output as _frontdesk_v1_MarkTicketUnfoundedRequest__Output } from '../../frontdesk/v1/MarkTicketUnfoundedRequest';
import type { PendTicketRequest as _frontdesk_v1_PendTicketRequest, PendTicketRequest__Output as _frontdesk_v1_PendTicketRequest__Output } from '../../frontdesk/v1/PendTicketRequest';
import type { RecordCallbackRequest as _frontdesk_v1_RecordCallbackRequest, RecordCallbackRequest__Output as _frontdesk_v1_RecordCallbackRequest__Output } from '../../frontdesk/v1/RecordCallbackRequest';
import type { RecordResidentNoticeRequest as _frontdesk_v1_RecordResidentNoticeRequest, RecordResidentNoticeRequest__Output as _frontdesk_v1_RecordResidentNoticeRequest__Output } from '../../frontdesk/v1/RecordResidentNoticeRequest';
import type { ReopenTicketRequest as _frontdesk_v1_ReopenTicketRequest, ReopenTicketRequest__Output as _frontdesk_v1_ReopenTicketRequest__Output } from '../../frontdesk/v1/ReopenTicketRequest';
import type { ResolveTicketRequest as _frontdesk_v1_ResolveTicketRequest, ResolveTicketRequest__Output as _frontdesk_v1_ResolveTicketRequest__Output } from '../../frontdesk/v1/ResolveTicketRequest';
import type { ResumeTicketRequest as _frontdesk_v1_ResumeTicketRequest, ResumeTicketRequest__Output as _frontdesk_v1_ResumeTicketRequest__Output } from '../../frontdesk/v1/ResumeTicketRequest';
import type { SlaPolicy as _frontdesk_v1_SlaPolicy, SlaPolicy__Output as _frontdesk_v1_SlaPolicy__Output } from '../../frontdesk/v1/SlaPolicy';
import type { Ticket as _frontdesk_v1_Ticket, Ticket__Output as _frontdesk_v1_Ticket__Output } from '../../frontdesk/v1/Ticket';
import type { TicketCallback as _frontdesk_v1_TicketCallback, TicketCallback__Output as _frontdesk_v1_TicketCallback__Output } from '../../frontdesk/v1/TicketCallback';
import type { TicketEvent as _frontdesk_v1_TicketEvent, TicketEvent__Output as _frontdesk_v1_TicketEvent__Output } from '../../frontdesk/v1/TicketEvent';
import type { UpdateSlaPolicyRequest as _frontdesk_v1_UpdateSlaPolicyRequest, UpdateSlaPolicyRequest__Output as _frontdesk_v1_UpdateSlaPolicyRequest__Output } from '../../frontdesk/v1/UpdateSlaPolicyRequest';
import type { UpdateTicketRequest as _frontdesk_v1_UpdateTicketRequest, UpdateTicketRequest__Output as _frontdesk_v1_UpdateTicketRequest__Output } from '../../frontdesk/v1/UpdateTicketRequest';
import type { WatchTicketsRequest as _frontdesk_v1_WatchTicketsRequest, WatchTicketsRequest__Output as _frontdesk_v1_WatchTicketsRequest__Output } from '../../frontdesk/v1/WatchTicketsRequest';
import type { WorkOrder as _frontdesk_v1_WorkOrder, WorkOrder__Output as _frontdesk_v1_WorkOrder__Output } from '../../frontdesk/v1/WorkOrder';

export interface TicketServiceClient extends grpc.Client {
  /**
   * Appends a free-text note to the history (a correction is a note, never an
   * edit of an earlier entry).
   */
  AddTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  AddTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  AddTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  AddTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  /**
   * Appends a free-text note to the history (a correction is a note, never an
   * edit of an earlier entry).
   */
  addTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  addTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  addTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  addTicketNote(argument: _frontdesk_v1_AddTicketNoteRequest, callback: grpc.requestCallback<_frontdesk_v1_TicketEvent__Output>): grpc.ClientUnaryCall;
  
  /**
   * The department at fault agrees a handling plan (整改方案) for a
   * complaint: which department, who agreed for it, the plan and optionally
   * when it will be finished (that time becomes the ticket's promise, as
   * ChangePromise would record it). Who agreed is the approver's own call
   * [ACL-APPROVAL-BY-APPROVER]: the caller, when they head the department
   * or are SUPERVISOR or MANAGER at the site, or else the creator of the
   * approval (TICKET_PLAN, this ticket) whose code is sent in `approval`
   * (a head approves for their own department only); neither is
   * PERMISSION_DENIED reason PLAN_APPROVAL_REQUIRED. The first plan meets
   * the plan deadline;
   * a later one revises the plan (each is a PLAN_AGREED entry). Complaints
   * only (PLAN_ONLY_FOR_COMPLAINTS); an ended ticket is TICKET_ENDED, a
   * resolved or closed one TICKET_NOT_OPEN. The ticket is not moved.
   */
  AgreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  AgreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  AgreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  AgreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * The department at fault agrees a handling plan (整改方案) for a
   * complaint: which department, who agreed for it, the plan and optionally
   * when it will be finished (that time becomes the ticket's promise, as
   * ChangePromise would record it). Who agreed is the approver's own call
   * [ACL-APPROVAL-BY-APPROVER]: the caller, when they head the department
   * or are SUPERVISOR or MANAGER at the site, or else the creator of the
   * approval (TICKET_PLAN, this ticket) whose code is sent in `approval`
   * (a head approves for their own department only); neither is
   * PERMISSION_DENIED reason PLAN_APPROVAL_REQUIRED. The first plan meets
   * the plan deadline;
   * a later one revises the plan (each is a PLAN_AGREED entry). Complaints
   * only (PLAN_ONLY_FOR_COMPLAINTS); an ended ticket is TICKET_ENDED, a
   * resolved or closed one TICKET_NOT_OPEN. The ticket is not moved.
   */
  agreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  agreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  agreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  agreeTicketPlan(argument: _frontdesk_v1_AgreeTicketPlanRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Withdrawn by the reporter.
   */
  CancelTicket(argument: _frontdesk_v1_CancelTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  CancelTicket(argument: _frontdesk_v1_CancelTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  CancelTicket(argument: _frontdesk_v1_CancelTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  CancelTicket(argument: _frontdesk_v1_CancelTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Withdrawn by the reporter.
   */
  cancelTicket(argument: _frontdesk_v1_CancelTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  cancelTicket(argument: _frontdesk_v1_CancelTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  cancelTicket(argument: _frontdesk_v1_CancelTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  cancelTicket(argument: _frontdesk_v1_CancelTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new promised completion time told to the resident, with the reason.
   * The SLA breach is still counted against the original deadline. On a
   * coordination route the promise is at least 2 days after the
   * coordination dispatch (COORDINATION_PROMISE_TOO_SHORT).
   */
  ChangePromise(argument: _frontdesk_v1_ChangePromiseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ChangePromise(argument: _frontdesk_v1_ChangePromiseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ChangePromise(argument: _frontdesk_v1_ChangePromiseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ChangePromise(argument: _frontdesk_v1_ChangePromiseRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * A new promised completion time told to the resident, with the reason.
   * The SLA breach is still counted against the original deadline. On a
   * coordination route the promise is at least 2 days after the
   * coordination dispatch (COORDINATION_PROMISE_TOO_SHORT).
   */
  changePromise(argument: _frontdesk_v1_ChangePromiseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  changePromise(argument: _frontdesk_v1_ChangePromiseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  changePromise(argument: _frontdesk_v1_ChangePromiseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  changePromise(argument: _frontdesk_v1_ChangePromiseRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records the work done, labour, materials and the reporter's acceptance.
   */
  CompleteWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  CompleteWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  CompleteWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  CompleteWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  /**
   * Records the work done, labour, materials and the reporter's acceptance.
   */
  completeWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  completeWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  completeWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  completeWorkOrder(argument: _frontdesk_v1_CompleteWorkOrderRequest, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  
  /**
   * The desk phoned the resident and the worker has arrived: the work order
   * is ARRIVED and a DISPATCHED ticket IN_PROGRESS (a REOPENED ticket stays
   * REOPENED while its rework order runs, so the reopening stays visible).
   */
  ConfirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  ConfirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  ConfirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  ConfirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  /**
   * The desk phoned the resident and the worker has arrived: the work order
   * is ARRIVED and a DISPATCHED ticket IN_PROGRESS (a REOPENED ticket stays
   * REOPENED while its rework order runs, so the reopening stays visible).
   */
  confirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  confirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  confirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  confirmArrival(argument: _frontdesk_v1_ConfirmArrivalRequest, callback: grpc.requestCallback<_frontdesk_v1_WorkOrder__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records a new ticket with status NEW and a per-site number
   * "{SITE}-{yyyymmdd}-{nnnn}" (the site's local date). Appends a CREATED event.
   */
  CreateTicket(argument: _frontdesk_v1_CreateTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  CreateTicket(argument: _frontdesk_v1_CreateTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  CreateTicket(argument: _frontdesk_v1_CreateTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  CreateTicket(argument: _frontdesk_v1_CreateTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Records a new ticket with status NEW and a per-site number
   * "{SITE}-{yyyymmdd}-{nnnn}" (the site's local date). Appends a CREATED event.
   */
  createTicket(argument: _frontdesk_v1_CreateTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  createTicket(argument: _frontdesk_v1_CreateTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  createTicket(argument: _frontdesk_v1_CreateTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  createTicket(argument: _frontdesk_v1_CreateTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Routes the ticket and issues a work order (派工单) to a staff member, a
   * department or a vendor. Repairs and repair complaints need a route
   * (own maintenance, developer warranty, external vendor, coordination);
   * a warranty route is refused until the site manager signed off and the
   * developer's project team acknowledged (WARRANTY_NOT_CLEARED). The
   * manager signs off by their own call [ACL-APPROVAL-BY-APPROVER]:
   * dispatching it themselves, or with an approval (WARRANTY_SIGNOFF, this
   * ticket) whose code the desk sends in `approval`. Counts as
   * the first response. NEW/REOPENED/DISPATCHED/IN_PROGRESS → DISPATCHED.
   * A coordination dispatch, or one that brings a second department in,
   * makes a resident notice due by the end of the site's local day.
   */
  DispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  DispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  DispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  DispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Routes the ticket and issues a work order (派工单) to a staff member, a
   * department or a vendor. Repairs and repair complaints need a route
   * (own maintenance, developer warranty, external vendor, coordination);
   * a warranty route is refused until the site manager signed off and the
   * developer's project team acknowledged (WARRANTY_NOT_CLEARED). The
   * manager signs off by their own call [ACL-APPROVAL-BY-APPROVER]:
   * dispatching it themselves, or with an approval (WARRANTY_SIGNOFF, this
   * ticket) whose code the desk sends in `approval`. Counts as
   * the first response. NEW/REOPENED/DISPATCHED/IN_PROGRESS → DISPATCHED.
   * A coordination dispatch, or one that brings a second department in,
   * makes a resident notice due by the end of the site's local day.
   */
  dispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  dispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  dispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  dispatchTicket(argument: _frontdesk_v1_DispatchTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reports the ticket up the chain (staff → supervisor → manager) with a
   * reason: what the desk cannot handle is explained to the resident and
   * reported. Without a level, the next one above the ticket's current.
   * frontdeskd also escalates by itself when a deadline is breached (a
   * sweeper; each automatic step happens exactly once, whichever server
   * process finds it first).
   */
  EscalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  EscalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  EscalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  EscalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  /**
   * Reports the ticket up the chain (staff → supervisor → manager) with a
   * reason: what the desk cannot handle is explained to the resident and
   * reported. Without a level, the next one above the ticket's current.
   * frontdeskd also escalates by itself when a deadline is breached (a
   * sweeper; each automatic step happens exactly once, whichever server
   * process finds it first).
   */
  escalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  escalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  escalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  escalateTicket(argument: _frontdesk_v1_EscalateTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Escalation__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads one ticket by resource name "sites/{site}/tickets/{ticket}", or by
   * number through "sites/{site}/tickets/{number}" / "sites/-/tickets/{number}".
   */
  GetTicket(argument: _frontdesk_v1_GetTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  GetTicket(argument: _frontdesk_v1_GetTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  GetTicket(argument: _frontdesk_v1_GetTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  GetTicket(argument: _frontdesk_v1_GetTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Reads one ticket by resource name "sites/{site}/tickets/{ticket}", or by
   * number through "sites/{site}/tickets/{number}" / "sites/-/tickets/{number}".
   */
  getTicket(argument: _frontdesk_v1_GetTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  getTicket(argument: _frontdesk_v1_GetTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  getTicket(argument: _frontdesk_v1_GetTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  getTicket(argument: _frontdesk_v1_GetTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Several residents report the same broken lift: each of their tickets is
   * linked to one parent ticket of the same site (an empty parent unlinks).
   * A link that would make a ticket its own ancestor is INVALID_ARGUMENT
   * (LINK_CYCLE). ResolveTicket with resolve_children resolves the open
   * children with the parent, each with its own history entry and callback.
   */
  LinkTicket(argument: _frontdesk_v1_LinkTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  LinkTicket(argument: _frontdesk_v1_LinkTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  LinkTicket(argument: _frontdesk_v1_LinkTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  LinkTicket(argument: _frontdesk_v1_LinkTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Several residents report the same broken lift: each of their tickets is
   * linked to one parent ticket of the same site (an empty parent unlinks).
   * A link that would make a ticket its own ancestor is INVALID_ARGUMENT
   * (LINK_CYCLE). ResolveTicket with resolve_children resolves the open
   * children with the parent, each with its own history entry and callback.
   */
  linkTicket(argument: _frontdesk_v1_LinkTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  linkTicket(argument: _frontdesk_v1_LinkTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  linkTicket(argument: _frontdesk_v1_LinkTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  linkTicket(argument: _frontdesk_v1_LinkTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Resolved tickets whose callback is due within the window (at or before
   * now + window), oldest resolution first: the night receptionist's list (within the first hour
   * of the shift, every repair of the day is called back).
   */
  ListCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Resolved tickets whose callback is due within the window (at or before
   * now + window), oldest resolution first: the night receptionist's list (within the first hour
   * of the shift, every repair of the day is called back).
   */
  listCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listCallbacksDue(argument: _frontdesk_v1_ListCallbacksDueRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A site's escalations, newest first: the supervisor's and the manager's
   * list.
   */
  ListEscalations(argument: _frontdesk_v1_ListEscalationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  ListEscalations(argument: _frontdesk_v1_ListEscalationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  ListEscalations(argument: _frontdesk_v1_ListEscalationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  ListEscalations(argument: _frontdesk_v1_ListEscalationsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A site's escalations, newest first: the supervisor's and the manager's
   * list.
   */
  listEscalations(argument: _frontdesk_v1_ListEscalationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  listEscalations(argument: _frontdesk_v1_ListEscalationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  listEscalations(argument: _frontdesk_v1_ListEscalationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  listEscalations(argument: _frontdesk_v1_ListEscalationsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Open tickets past the earliest deadline they still owe: the effective
   * resolution deadline (the promise, else the SLA's), the first response
   * while unanswered, a complaint's plan while none is agreed, the resident
   * notice while the resident has not been told; most overdue first.
   */
  ListOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Open tickets past the earliest deadline they still owe: the effective
   * resolution deadline (the promise, else the SLA's), the first response
   * while unanswered, a complaint's plan while none is agreed, the resident
   * notice while the resident has not been told; most overdue first.
   */
  listOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listOverdueTickets(argument: _frontdesk_v1_ListOverdueTicketsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The policy in force for every kind × priority of a site, the site's own
   * or the defaults (is_default).
   */
  ListSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The policy in force for every kind × priority of a site, the site's own
   * or the defaults (is_default).
   */
  listSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listSlaPolicies(argument: _frontdesk_v1_ListSlaPoliciesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListSlaPoliciesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The ticket's history, oldest first.
   */
  ListTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  ListTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  ListTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  ListTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The ticket's history, oldest first.
   */
  listTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  listTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  listTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  listTicketEvents(argument: _frontdesk_v1_ListTicketEventsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists tickets newest first (create_time, then id, descending).
   */
  ListTickets(argument: _frontdesk_v1_ListTicketsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListTickets(argument: _frontdesk_v1_ListTicketsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListTickets(argument: _frontdesk_v1_ListTicketsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  ListTickets(argument: _frontdesk_v1_ListTicketsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists tickets newest first (create_time, then id, descending).
   */
  listTickets(argument: _frontdesk_v1_ListTicketsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listTickets(argument: _frontdesk_v1_ListTicketsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listTickets(argument: _frontdesk_v1_ListTicketsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  listTickets(argument: _frontdesk_v1_ListTicketsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListTicketsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Work orders of a ticket, or of a site (parent "sites/{site}/tickets/-"),
   * optionally only those past their promised time and not completed.
   */
  ListWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  ListWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Work orders of a ticket, or of a site (parent "sites/{site}/tickets/-"),
   * optionally only those past their promised time and not completed.
   */
  listWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  listWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  listWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  listWorkOrders(argument: _frontdesk_v1_ListWorkOrdersRequest, callback: grpc.requestCallback<_frontdesk_v1_ListWorkOrdersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Another ticket of the same matter survives; this one ends.
   */
  MarkTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  MarkTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  MarkTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  MarkTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Another ticket of the same matter survives; this one ends.
   */
  markTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  markTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  markTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  markTicketDuplicate(argument: _frontdesk_v1_MarkTicketDuplicateRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * A complaint judged not founded (投诉不成立), with the explanation given.
   */
  MarkTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  MarkTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  MarkTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  MarkTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * A complaint judged not founded (投诉不成立), with the explanation given.
   */
  markTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  markTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  markTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  markTicketUnfounded(argument: _frontdesk_v1_MarkTicketUnfoundedRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Waiting on the resident, parts or a vendor: deadline clocks pause.
   */
  PendTicket(argument: _frontdesk_v1_PendTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  PendTicket(argument: _frontdesk_v1_PendTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  PendTicket(argument: _frontdesk_v1_PendTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  PendTicket(argument: _frontdesk_v1_PendTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Waiting on the resident, parts or a vendor: deadline clocks pause.
   */
  pendTicket(argument: _frontdesk_v1_PendTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  pendTicket(argument: _frontdesk_v1_PendTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  pendTicket(argument: _frontdesk_v1_PendTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  pendTicket(argument: _frontdesk_v1_PendTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * The follow-up call (回访): satisfied closes; unsatisfied reopens, issues
   * a rework order to the last assignee and reports the ticket to the
   * supervisor (an escalation, on the site's ListEscalations for the next
   * morning); unreachable counts the attempt and keeps the callback due.
   */
  RecordCallback(argument: _frontdesk_v1_RecordCallbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  RecordCallback(argument: _frontdesk_v1_RecordCallbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  RecordCallback(argument: _frontdesk_v1_RecordCallbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  RecordCallback(argument: _frontdesk_v1_RecordCallbackRequest, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  /**
   * The follow-up call (回访): satisfied closes; unsatisfied reopens, issues
   * a rework order to the last assignee and reports the ticket to the
   * supervisor (an escalation, on the site's ListEscalations for the next
   * morning); unreachable counts the attempt and keeps the callback due.
   */
  recordCallback(argument: _frontdesk_v1_RecordCallbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  recordCallback(argument: _frontdesk_v1_RecordCallbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  recordCallback(argument: _frontdesk_v1_RecordCallbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  recordCallback(argument: _frontdesk_v1_RecordCallbackRequest, callback: grpc.requestCallback<_frontdesk_v1_TicketCallback__Output>): grpc.ClientUnaryCall;
  
  /**
   * The resident was told how the matter stands (several departments or
   * parties are involved): meets the resident-notice deadline when one is
   * due, and is recorded in the history (RESIDENT_NOTIFIED) either way.
   * Open tickets only (TICKET_ENDED, TICKET_NOT_OPEN).
   */
  RecordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  RecordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  RecordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  RecordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * The resident was told how the matter stands (several departments or
   * parties are involved): meets the resident-notice deadline when one is
   * due, and is recorded in the history (RESIDENT_NOTIFIED) either way.
   * Open tickets only (TICKET_ENDED, TICKET_NOT_OPEN).
   */
  recordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  recordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  recordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  recordResidentNotice(argument: _frontdesk_v1_RecordResidentNoticeRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * The resident reports the matter again after resolution or closure.
   */
  ReopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ReopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ReopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ReopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * The resident reports the matter again after resolution or closure.
   */
  reopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  reopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  reopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  reopenTicket(argument: _frontdesk_v1_ReopenTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Work finished (no open work order left); the callback becomes due.
   */
  ResolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ResolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ResolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ResolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Work finished (no open work order left); the callback becomes due.
   */
  resolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  resolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  resolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  resolveTicket(argument: _frontdesk_v1_ResolveTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * Clocks run again; due times move by the time spent pending.
   */
  ResumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ResumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ResumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  ResumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Clocks run again; due times move by the time spent pending.
   */
  resumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  resumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  resumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  resumeTicket(argument: _frontdesk_v1_ResumeTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * The deadlines of one kind × priority at a site. Creates the site's own
   * policy if there is none yet (AIP-134 allow_missing): unset fields keep
   * the defaults. Changes apply to deadlines computed from then on (new
   * tickets, and each later step of an existing one). ADMIN or MANAGER.
   */
  UpdateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  UpdateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  UpdateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  UpdateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  /**
   * The deadlines of one kind × priority at a site. Creates the site's own
   * policy if there is none yet (AIP-134 allow_missing): unset fields keep
   * the defaults. Changes apply to deadlines computed from then on (new
   * tickets, and each later step of an existing one). ADMIN or MANAGER.
   */
  updateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  updateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  updateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  updateSlaPolicy(argument: _frontdesk_v1_UpdateSlaPolicyRequest, callback: grpc.requestCallback<_frontdesk_v1_SlaPolicy__Output>): grpc.ClientUnaryCall;
  
  /**
   * Corrects intake fields named in update_mask. Every change is an UPDATED
   * event with the old and new values; nothing is overwritten without a trace.
   */
  UpdateTicket(argument: _frontdesk_v1_UpdateTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  UpdateTicket(argument: _frontdesk_v1_UpdateTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  UpdateTicket(argument: _frontdesk_v1_UpdateTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  UpdateTicket(argument: _frontdesk_v1_UpdateTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  /**
   * Corrects intake fields named in update_mask. Every change is an UPDATED
   * event with the old and new values; nothing is overwritten without a trace.
   */
  updateTicket(argument: _frontdesk_v1_UpdateTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  updateTicket(argument: _frontdesk_v1_UpdateTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  updateTicket(argument: _frontdesk_v1_UpdateTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  updateTicket(argument: _frontdesk_v1_UpdateTicketRequest, callback: grpc.requestCallback<_frontdesk_v1_Ticket__Output>): grpc.ClientUnaryCall;
  
  /**
   * The ticket events of a site as they happen, for the front-desk board:
   * first those after `after_event_id`, then each new one, including those
   * written by other server processes. After a disconnect, call again with
   * the last event_id received to resume without loss or repetition.
   */
  WatchTickets(argument: _frontdesk_v1_WatchTicketsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_frontdesk_v1_TicketEvent__Output>;
  WatchTickets(argument: _frontdesk_v1_WatchTicketsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_frontdesk_v1_TicketEvent__Output>;
  /**
   * The ticket events of a site as they happen, for the front-desk board:
   * first those after `after_event_id`, then each new one, including those
   * written by other server processes. After a disconnect, call again with
   * the last event_id received to resume without loss or repetition.
   */
  watchTickets(argument: _frontdesk_v1_WatchTicketsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_frontdesk_v1_TicketEvent__Output>;
  watchTickets(argument: _frontdesk_v1_WatchTicketsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_frontdesk_v1_TicketEvent__Output>;
  
}

export interface TicketServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Appends a free-text note to the history (a correction is a note, never an
   * edit of an earlier entry).
   */
  AddTicketNote: grpc.handleUnaryCall<_frontdesk_v1_AddTicketNoteRequest__Output, _frontdesk_v1_TicketEvent>;
  
  /**
   * The department at fault agrees a handling plan (整改方案) for a
   * complaint: which department, who agreed for it, the plan and optionally
   * when it will be finished (that time becomes the ticket's promise, as
   * ChangePromise would record it). Who agreed is the approver's own call
   * [ACL-APPROVAL-BY-APPROVER]: the caller, when they head the department
   * or are SUPERVISOR or MANAGER at the site, or else the creator of the
   * approval (TICKET_PLAN, this ticket) whose code is sent in `approval`
   * (a head approves for their own department only); neither is
   * PERMISSION_DENIED reason PLAN_APPROVAL_REQUIRED. The first plan meets
   * the plan deadline;
   * a later one revises the plan (each is a PLAN_AGREED entry). Complaints
   * only (PLAN_ONLY_FOR_COMPLAINTS); an ended ticket is TICKET_ENDED, a
   * resolved or closed one TICKET_NOT_OPEN. The ticket is not moved.
   */
  AgreeTicketPlan: grpc.handleUnaryCall<_frontdesk_v1_AgreeTicketPlanRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Withdrawn by the reporter.
   */
  CancelTicket: grpc.handleUnaryCall<_frontdesk_v1_CancelTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * A new promised completion time told to the resident, with the reason.
   * The SLA breach is still counted against the original deadline. On a
   * coordination route the promise is at least 2 days after the
   * coordination dispatch (COORDINATION_PROMISE_TOO_SHORT).
   */
  ChangePromise: grpc.handleUnaryCall<_frontdesk_v1_ChangePromiseRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Records the work done, labour, materials and the reporter's acceptance.
   */
  CompleteWorkOrder: grpc.handleUnaryCall<_frontdesk_v1_CompleteWorkOrderRequest__Output, _frontdesk_v1_WorkOrder>;
  
  /**
   * The desk phoned the resident and the worker has arrived: the work order
   * is ARRIVED and a DISPATCHED ticket IN_PROGRESS (a REOPENED ticket stays
   * REOPENED while its rework order runs, so the reopening stays visible).
   */
  ConfirmArrival: grpc.handleUnaryCall<_frontdesk_v1_ConfirmArrivalRequest__Output, _frontdesk_v1_WorkOrder>;
  
  /**
   * Records a new ticket with status NEW and a per-site number
   * "{SITE}-{yyyymmdd}-{nnnn}" (the site's local date). Appends a CREATED event.
   */
  CreateTicket: grpc.handleUnaryCall<_frontdesk_v1_CreateTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Routes the ticket and issues a work order (派工单) to a staff member, a
   * department or a vendor. Repairs and repair complaints need a route
   * (own maintenance, developer warranty, external vendor, coordination);
   * a warranty route is refused until the site manager signed off and the
   * developer's project team acknowledged (WARRANTY_NOT_CLEARED). The
   * manager signs off by their own call [ACL-APPROVAL-BY-APPROVER]:
   * dispatching it themselves, or with an approval (WARRANTY_SIGNOFF, this
   * ticket) whose code the desk sends in `approval`. Counts as
   * the first response. NEW/REOPENED/DISPATCHED/IN_PROGRESS → DISPATCHED.
   * A coordination dispatch, or one that brings a second department in,
   * makes a resident notice due by the end of the site's local day.
   */
  DispatchTicket: grpc.handleUnaryCall<_frontdesk_v1_DispatchTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Reports the ticket up the chain (staff → supervisor → manager) with a
   * reason: what the desk cannot handle is explained to the resident and
   * reported. Without a level, the next one above the ticket's current.
   * frontdeskd also escalates by itself when a deadline is breached (a
   * sweeper; each automatic step happens exactly once, whichever server
   * process finds it first).
   */
  EscalateTicket: grpc.handleUnaryCall<_frontdesk_v1_EscalateTicketRequest__Output, _frontdesk_v1_Escalation>;
  
  /**
   * Reads one ticket by resource name "sites/{site}/tickets/{ticket}", or by
   * number through "sites/{site}/tickets/{number}" / "sites/-/tickets/{number}".
   */
  GetTicket: grpc.handleUnaryCall<_frontdesk_v1_GetTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Several residents report the same broken lift: each of their tickets is
   * linked to one parent ticket of the same site (an empty parent unlinks).
   * A link that would make a ticket its own ancestor is INVALID_ARGUMENT
   * (LINK_CYCLE). ResolveTicket with resolve_children resolves the open
   * children with the parent, each with its own history entry and callback.
   */
  LinkTicket: grpc.handleUnaryCall<_frontdesk_v1_LinkTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Resolved tickets whose callback is due within the window (at or before
   * now + window), oldest resolution first: the night receptionist's list (within the first hour
   * of the shift, every repair of the day is called back).
   */
  ListCallbacksDue: grpc.handleUnaryCall<_frontdesk_v1_ListCallbacksDueRequest__Output, _frontdesk_v1_ListTicketsResponse>;
  
  /**
   * A site's escalations, newest first: the supervisor's and the manager's
   * list.
   */
  ListEscalations: grpc.handleUnaryCall<_frontdesk_v1_ListEscalationsRequest__Output, _frontdesk_v1_ListEscalationsResponse>;
  
  /**
   * Open tickets past the earliest deadline they still owe: the effective
   * resolution deadline (the promise, else the SLA's), the first response
   * while unanswered, a complaint's plan while none is agreed, the resident
   * notice while the resident has not been told; most overdue first.
   */
  ListOverdueTickets: grpc.handleUnaryCall<_frontdesk_v1_ListOverdueTicketsRequest__Output, _frontdesk_v1_ListTicketsResponse>;
  
  /**
   * The policy in force for every kind × priority of a site, the site's own
   * or the defaults (is_default).
   */
  ListSlaPolicies: grpc.handleUnaryCall<_frontdesk_v1_ListSlaPoliciesRequest__Output, _frontdesk_v1_ListSlaPoliciesResponse>;
  
  /**
   * The ticket's history, oldest first.
   */
  ListTicketEvents: grpc.handleUnaryCall<_frontdesk_v1_ListTicketEventsRequest__Output, _frontdesk_v1_ListTicketEventsResponse>;
  
  /**
   * Lists tickets newest first (create_time, then id, descending).
   */
  ListTickets: grpc.handleUnaryCall<_frontdesk_v1_ListTicketsRequest__Output, _frontdesk_v1_ListTicketsResponse>;
  
  /**
   * Work orders of a ticket, or of a site (parent "sites/{site}/tickets/-"),
   * optionally only those past their promised time and not completed.
   */
  ListWorkOrders: grpc.handleUnaryCall<_frontdesk_v1_ListWorkOrdersRequest__Output, _frontdesk_v1_ListWorkOrdersResponse>;
  
  /**
   * Another ticket of the same matter survives; this one ends.
   */
  MarkTicketDuplicate: grpc.handleUnaryCall<_frontdesk_v1_MarkTicketDuplicateRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * A complaint judged not founded (投诉不成立), with the explanation given.
   */
  MarkTicketUnfounded: grpc.handleUnaryCall<_frontdesk_v1_MarkTicketUnfoundedRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Waiting on the resident, parts or a vendor: deadline clocks pause.
   */
  PendTicket: grpc.handleUnaryCall<_frontdesk_v1_PendTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * The follow-up call (回访): satisfied closes; unsatisfied reopens, issues
   * a rework order to the last assignee and reports the ticket to the
   * supervisor (an escalation, on the site's ListEscalations for the next
   * morning); unreachable counts the attempt and keeps the callback due.
   */
  RecordCallback: grpc.handleUnaryCall<_frontdesk_v1_RecordCallbackRequest__Output, _frontdesk_v1_TicketCallback>;
  
  /**
   * The resident was told how the matter stands (several departments or
   * parties are involved): meets the resident-notice deadline when one is
   * due, and is recorded in the history (RESIDENT_NOTIFIED) either way.
   * Open tickets only (TICKET_ENDED, TICKET_NOT_OPEN).
   */
  RecordResidentNotice: grpc.handleUnaryCall<_frontdesk_v1_RecordResidentNoticeRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * The resident reports the matter again after resolution or closure.
   */
  ReopenTicket: grpc.handleUnaryCall<_frontdesk_v1_ReopenTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Work finished (no open work order left); the callback becomes due.
   */
  ResolveTicket: grpc.handleUnaryCall<_frontdesk_v1_ResolveTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * Clocks run again; due times move by the time spent pending.
   */
  ResumeTicket: grpc.handleUnaryCall<_frontdesk_v1_ResumeTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * The deadlines of one kind × priority at a site. Creates the site's own
   * policy if there is none yet (AIP-134 allow_missing): unset fields keep
   * the defaults. Changes apply to deadlines computed from then on (new
   * tickets, and each later step of an existing one). ADMIN or MANAGER.
   */
  UpdateSlaPolicy: grpc.handleUnaryCall<_frontdesk_v1_UpdateSlaPolicyRequest__Output, _frontdesk_v1_SlaPolicy>;
  
  /**
   * Corrects intake fields named in update_mask. Every change is an UPDATED
   * event with the old and new values; nothing is overwritten without a trace.
   */
  UpdateTicket: grpc.handleUnaryCall<_frontdesk_v1_UpdateTicketRequest__Output, _frontdesk_v1_Ticket>;
  
  /**
   * The ticket events of a site as they happen, for the front-desk board:
   * first those after `after_event_id`, then each new one, including those
   * written by other server processes. After a disconnect, call again with
   * the last event_id received to resume without loss or repetition.
   */
  WatchTickets: grpc.handleServerStreamingCall<_frontdesk_v1_WatchTicketsRequest__Output, _frontdesk_v1_TicketEvent>;
  
}

export interface TicketServiceDefinition extends grpc.ServiceDefinition {
  AddTicketNote: MethodDefinition<_frontdesk_v1_AddTicketNoteRequest, _frontdesk_v1_TicketEvent, _frontdesk_v1_AddTicketNoteRequest__Output, _frontdesk_v1_TicketEvent__Output>
  AgreeTicketPlan: MethodDefinition<_frontdesk_v1_AgreeTicketPlanRequest, _frontdesk_v1_Ticket, _frontdesk_v1_AgreeTicketPlanRequest__Output, _frontdesk_v1_Ticket__Output>
  CancelTicket: MethodDefinition<_frontdesk_v1_CancelTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_CancelTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  ChangePromise: MethodDefinition<_frontdesk_v1_ChangePromiseRequest, _frontdesk_v1_Ticket, _frontdesk_v1_ChangePromiseRequest__Output, _frontdesk_v1_Ticket__Output>
  CompleteWorkOrder: MethodDefinition<_frontdesk_v1_CompleteWorkOrderRequest, _frontdesk_v1_WorkOrder, _frontdesk_v1_CompleteWorkOrderRequest__Output, _frontdesk_v1_WorkOrder__Output>
  ConfirmArrival: MethodDefinition<_frontdesk_v1_ConfirmArrivalRequest, _frontdesk_v1_WorkOrder, _frontdesk_v1_ConfirmArrivalRequest__Output, _frontdesk_v1_WorkOrder__Output>
  CreateTicket: MethodDefinition<_frontdesk_v1_CreateTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_CreateTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  DispatchTicket: MethodDefinition<_frontdesk_v1_DispatchTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_DispatchTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  EscalateTicket: MethodDefinition<_frontdesk_v1_EscalateTicketRequest, _frontdesk_v1_Escalation, _frontdesk_v1_EscalateTicketRequest__Output, _frontdesk_v1_Escalation__Output>
  GetTicket: MethodDefinition<_frontdesk_v1_GetTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_GetTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  LinkTicket: MethodDefinition<_frontdesk_v1_LinkTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_LinkTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  ListCallbacksDue: MethodDefinition<_frontdesk_v1_ListCallbacksDueRequest, _frontdesk_v1_ListTicketsResponse, _frontdesk_v1_ListCallbacksDueRequest__Output, _frontdesk_v1_ListTicketsResponse__Output>
  ListEscalations: MethodDefinition<_frontdesk_v1_ListEscalationsRequest, _frontdesk_v1_ListEscalationsResponse, _frontdesk_v1_ListEscalationsRequest__Output, _frontdesk_v1_ListEscalationsResponse__Output>
  ListOverdueTickets: MethodDefinition<_frontdesk_v1_ListOverdueTicketsRequest, _frontdesk_v1_ListTicketsResponse, _frontdesk_v1_ListOverdueTicketsRequest__Output, _frontdesk_v1_ListTicketsResponse__Output>
  ListSlaPolicies: MethodDefinition<_frontdesk_v1_ListSlaPoliciesRequest, _frontdesk_v1_ListSlaPoliciesResponse, _frontdesk_v1_ListSlaPoliciesRequest__Output, _frontdesk_v1_ListSlaPoliciesResponse__Output>
  ListTicketEvents: MethodDefinition<_frontdesk_v1_ListTicketEventsRequest, _frontdesk_v1_ListTicketEventsResponse, _frontdesk_v1_ListTicketEventsRequest__Output, _frontdesk_v1_ListTicketEventsResponse__Output>
  ListTickets: MethodDefinition<_frontdesk_v1_ListTicketsRequest, _frontdesk_v1_ListTicketsResponse, _frontdesk_v1_ListTicketsRequest__Output, _frontdesk_v1_ListTicketsResponse__Output>
  ListWorkOrders: MethodDefinition<_frontdesk_v1_ListWorkOrdersRequest, _frontdesk_v1_ListWorkOrdersResponse, _frontdesk_v1_ListWorkOrdersRequest__Output, _frontdesk_v1_ListWorkOrdersResponse__Output>
  MarkTicketDuplicate: MethodDefinition<_frontdesk_v1_MarkTicketDuplicateRequest, _frontdesk_v1_Ticket, _frontdesk_v1_MarkTicketDuplicateRequest__Output, _frontdesk_v1_Ticket__Output>
  MarkTicketUnfounded: MethodDefinition<_frontdesk_v1_MarkTicketUnfoundedRequest, _frontdesk_v1_Ticket, _frontdesk_v1_MarkTicketUnfoundedRequest__Output, _frontdesk_v1_Ticket__Output>
  PendTicket: MethodDefinition<_frontdesk_v1_PendTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_PendTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  RecordCallback: MethodDefinition<_frontdesk_v1_RecordCallbackRequest, _frontdesk_v1_TicketCallback, _frontdesk_v1_RecordCallbackRequest__Output, _frontdesk_v1_TicketCallback__Output>
  RecordResidentNotice: MethodDefinition<_frontdesk_v1_RecordResidentNoticeRequest, _frontdesk_v1_Ticket, _frontdesk_v1_RecordResidentNoticeRequest__Output, _frontdesk_v1_Ticket__Output>
  ReopenTicket: MethodDefinition<_frontdesk_v1_ReopenTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_ReopenTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  ResolveTicket: MethodDefinition<_frontdesk_v1_ResolveTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_ResolveTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  ResumeTicket: MethodDefinition<_frontdesk_v1_ResumeTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_ResumeTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  UpdateSlaPolicy: MethodDefinition<_frontdesk_v1_UpdateSlaPolicyRequest, _frontdesk_v1_SlaPolicy, _frontdesk_v1_UpdateSlaPolicyRequest__Output, _frontdesk_v1_SlaPolicy__Output>
  UpdateTicket: MethodDefinition<_frontdesk_v1_UpdateTicketRequest, _frontdesk_v1_Ticket, _frontdesk_v1_UpdateTicketRequest__Output, _frontdesk_v1_Ticket__Output>
  WatchTickets: MethodDefinition<_frontdesk_v1_WatchTicketsRequest, _frontdesk_v1_TicketEvent, _frontdesk_v1_WatchTicketsRequest__Output, _frontdesk_v1_TicketEvent__Output>
}
