import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddTicketNoteRequest as _frontdesk_v1_AddTicketNoteRequest, AddTicketNoteRequest__Output as _frontdesk_v1_AddTicketNoteRequest__Output } from './frontdesk/v1/AddTicketNoteRequest';
import type { AgreeTicketPlanRequest as _frontdesk_v1_AgreeTicketPlanRequest, AgreeTicketPlanRequest__Output as _frontdesk_v1_AgreeTicketPlanRequest__Output } from './frontdesk/v1/AgreeTicketPlanRequest';
import type { CancelTicketRequest as _frontdesk_v1_CancelTicketRequest, CancelTicketRequest__Output as _frontdesk_v1_CancelTicketRequest__Output } from './frontdesk/v1/CancelTicketRequest';
import type { ChangePromiseRequest as _frontdesk_v1_ChangePromiseRequest, ChangePromiseRequest__Output as _frontdesk_v1_ChangePromiseRequest__Output } from './frontdesk/v1/ChangePromiseRequest';
import type { CompleteWorkOrderRequest as _frontdesk_v1_CompleteWorkOrderRequest, CompleteWorkOrderRequest__Output as _frontdesk_v1_CompleteWorkOrderRequest__Output } from './frontdesk/v1/CompleteWorkOrderRequest';
import type { ConfirmArrivalRequest as _frontdesk_v1_ConfirmArrivalRequest, ConfirmArrivalRequest__Output as _frontdesk_v1_ConfirmArrivalRequest__Output } from './frontdesk/v1/ConfirmArrivalRequest';
import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from './frontdesk/v1/Contact';
import type { CreateTicketRequest as _frontdesk_v1_CreateTicketRequest, CreateTicketRequest__Output as _frontdesk_v1_CreateTicketRequest__Output } from './frontdesk/v1/CreateTicketRequest';
import type { DispatchTicketRequest as _frontdesk_v1_DispatchTicketRequest, DispatchTicketRequest__Output as _frontdesk_v1_DispatchTicketRequest__Output } from './frontdesk/v1/DispatchTicketRequest';
import type { EscalateTicketRequest as _frontdesk_v1_EscalateTicketRequest, EscalateTicketRequest__Output as _frontdesk_v1_EscalateTicketRequest__Output } from './frontdesk/v1/EscalateTicketRequest';
import type { Escalation as _frontdesk_v1_Escalation, Escalation__Output as _frontdesk_v1_Escalation__Output } from './frontdesk/v1/Escalation';
import type { FieldChange as _frontdesk_v1_FieldChange, FieldChange__Output as _frontdesk_v1_FieldChange__Output } from './frontdesk/v1/FieldChange';
import type { GetTicketRequest as _frontdesk_v1_GetTicketRequest, GetTicketRequest__Output as _frontdesk_v1_GetTicketRequest__Output } from './frontdesk/v1/GetTicketRequest';
import type { LinkTicketRequest as _frontdesk_v1_LinkTicketRequest, LinkTicketRequest__Output as _frontdesk_v1_LinkTicketRequest__Output } from './frontdesk/v1/LinkTicketRequest';
import type { ListCallbacksDueRequest as _frontdesk_v1_ListCallbacksDueRequest, ListCallbacksDueRequest__Output as _frontdesk_v1_ListCallbacksDueRequest__Output } from './frontdesk/v1/ListCallbacksDueRequest';
import type { ListEscalationsRequest as _frontdesk_v1_ListEscalationsRequest, ListEscalationsRequest__Output as _frontdesk_v1_ListEscalationsRequest__Output } from './frontdesk/v1/ListEscalationsRequest';
import type { ListEscalationsResponse as _frontdesk_v1_ListEscalationsResponse, ListEscalationsResponse__Output as _frontdesk_v1_ListEscalationsResponse__Output } from './frontdesk/v1/ListEscalationsResponse';
import type { ListOverdueTicketsRequest as _frontdesk_v1_ListOverdueTicketsRequest, ListOverdueTicketsRequest__Output as _frontdesk_v1_ListOverdueTicketsRequest__Output } from './frontdesk/v1/ListOverdueTicketsRequest';
import type { ListSlaPoliciesRequest as _frontdesk_v1_ListSlaPoliciesRequest, ListSlaPoliciesRequest__Output as _frontdesk_v1_ListSlaPoliciesRequest__Output } from './frontdesk/v1/ListSlaPoliciesRequest';
import type { ListSlaPoliciesResponse as _frontdesk_v1_ListSlaPoliciesResponse, ListSlaPoliciesResponse__Output as _frontdesk_v1_ListSlaPoliciesResponse__Output } from './frontdesk/v1/ListSlaPoliciesResponse';
import type { ListTicketEventsRequest as _frontdesk_v1_ListTicketEventsRequest, ListTicketEventsRequest__Output as _frontdesk_v1_ListTicketEventsRequest__Output } from './frontdesk/v1/ListTicketEventsRequest';
import type { ListTicketEventsResponse as _frontdesk_v1_ListTicketEventsResponse, ListTicketEventsResponse__Output as _frontdesk_v1_ListTicketEventsResponse__Output } from './frontdesk/v1/ListTicketEventsResponse';
import type { ListTicketsRequest as _frontdesk_v1_ListTicketsRequest, ListTicketsRequest__Output as _frontdesk_v1_ListTicketsRequest__Output } from './frontdesk/v1/ListTicketsRequest';
import type { ListTicketsResponse as _frontdesk_v1_ListTicketsResponse, ListTicketsResponse__Output as _frontdesk_v1_ListTicketsResponse__Output } from './frontdesk/v1/ListTicketsResponse';
import type { ListWorkOrdersRequest as _frontdesk_v1_ListWorkOrdersRequest, ListWorkOrdersRequest__Output as _frontdesk_v1_ListWorkOrdersRequest__Output } from './frontdesk/v1/ListWorkOrdersRequest';
import type { ListWorkOrdersResponse as _frontdesk_v1_ListWorkOrdersResponse, ListWorkOrdersResponse__Output as _frontdesk_v1_ListWorkOrdersResponse__Output } from './frontdesk/v1/ListWorkOrdersResponse';
import type { MarkTicketDuplicateRequest as _frontdesk_v1_MarkTicketDuplicateRequest, MarkTicketDuplicateRequest__Output as _frontdesk_v1_MarkTicketDuplicateRequest__Output } from './frontdesk/v1/MarkTicketDuplicateRequest';
import type { MarkTicketUnfoundedRequest as _frontdesk_v1_MarkTicketUnfoundedRequest, MarkTicketUnfoundedRequest__Output as _frontdesk_v1_MarkTicketUnfoundedRequest__Output } from './frontdesk/v1/MarkTicketUnfoundedRequest';
import type { PendTicketRequest as _frontdesk_v1_PendTicketRequest, PendTicketRequest__Output as _frontdesk_v1_PendTicketRequest__Output } from './frontdesk/v1/PendTicketRequest';
import type { RecordCallbackRequest as _frontdesk_v1_RecordCallbackRequest, RecordCallbackRequest__Output as _frontdesk_v1_RecordCallbackRequest__Output } from './frontdesk/v1/RecordCallbackRequest';
import type { RecordResidentNoticeRequest as _frontdesk_v1_RecordResidentNoticeRequest, RecordResidentNoticeRequest__Output as _frontdesk_v1_RecordResidentNoticeRequest__Output } from './frontdesk/v1/RecordResidentNoticeRequest';
import type { ReopenTicketRequest as _frontdesk_v1_ReopenTicketRequest, ReopenTicketRequest__Output as _frontdesk_v1_ReopenTicketRequest__Output } from './frontdesk/v1/ReopenTicketRequest';
import type { ResolveTicketRequest as _frontdesk_v1_ResolveTicketRequest, ResolveTicketRequest__Output as _frontdesk_v1_ResolveTicketRequest__Output } from './frontdesk/v1/ResolveTicketRequest';
import type { ResumeTicketRequest as _frontdesk_v1_ResumeTicketRequest, ResumeTicketRequest__Output as _frontdesk_v1_ResumeTicketRequest__Output } from './frontdesk/v1/ResumeTicketRequest';
import type { SlaPolicy as _frontdesk_v1_SlaPolicy, SlaPolicy__Output as _frontdesk_v1_SlaPolicy__Output } from './frontdesk/v1/SlaPolicy';
import type { Ticket as _frontdesk_v1_Ticket, Ticket__Output as _frontdesk_v1_Ticket__Output } from './frontdesk/v1/Ticket';
import type { TicketCallback as _frontdesk_v1_TicketCallback, TicketCallback__Output as _frontdesk_v1_TicketCallback__Output } from './frontdesk/v1/TicketCallback';
import type { TicketDeadlines as _frontdesk_v1_TicketDeadlines, TicketDeadlines__Output as _frontdesk_v1_TicketDeadlines__Output } from './frontdesk/v1/TicketDeadlines';
import type { TicketEvent as _frontdesk_v1_TicketEvent, TicketEvent__Output as _frontdesk_v1_TicketEvent__Output } from './frontdesk/v1/TicketEvent';
import type { TicketPlan as _frontdesk_v1_TicketPlan, TicketPlan__Output as _frontdesk_v1_TicketPlan__Output } from './frontdesk/v1/TicketPlan';
import type { TicketServiceClient as _frontdesk_v1_TicketServiceClient, TicketServiceDefinition as _frontdesk_v1_TicketServiceDefinition } from './frontdesk/v1/TicketService';
import type { UpdateSlaPolicyRequest as _frontdesk_v1_UpdateSlaPolicyRequest, UpdateSlaPolicyRequest__Output as _frontdesk_v1_UpdateSlaPolicyRequest__Output } from './frontdesk/v1/UpdateSlaPolicyRequest';
import type { UpdateTicketRequest as _frontdesk_v1_UpdateTicketRequest, UpdateTicketRequest__Output as _frontdesk_v1_UpdateTicketRequest__Output } from './frontdesk/v1/UpdateTicketRequest';
import type { WatchTicketsRequest as _frontdesk_v1_WatchTicketsRequest, WatchTicketsRequest__Output as _frontdesk_v1_WatchTicketsRequest__Output } from './frontdesk/v1/WatchTicketsRequest';
import type { WorkOrder as _frontdesk_v1_WorkOrder, WorkOrder__Output as _frontdesk_v1_WorkOrder__Output } from './frontdesk/v1/WorkOrder';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  frontdesk: {
    v1: {
      AddTicketNoteRequest: MessageTypeDefinition<_frontdesk_v1_AddTicketNoteRequest, _frontdesk_v1_AddTicketNoteRequest__Output>
      AgreeTicketPlanRequest: MessageTypeDefinition<_frontdesk_v1_AgreeTicketPlanRequest, _frontdesk_v1_AgreeTicketPlanRequest__Output>
      CancelTicketRequest: MessageTypeDefinition<_frontdesk_v1_CancelTicketRequest, _frontdesk_v1_CancelTicketRequest__Output>
      ChangePromiseRequest: MessageTypeDefinition<_frontdesk_v1_ChangePromiseRequest, _frontdesk_v1_ChangePromiseRequest__Output>
      CompleteWorkOrderRequest: MessageTypeDefinition<_frontdesk_v1_CompleteWorkOrderRequest, _frontdesk_v1_CompleteWorkOrderRequest__Output>
      ConfirmArrivalRequest: MessageTypeDefinition<_frontdesk_v1_ConfirmArrivalRequest, _frontdesk_v1_ConfirmArrivalRequest__Output>
      Contact: MessageTypeDefinition<_frontdesk_v1_Contact, _frontdesk_v1_Contact__Output>
      CreateTicketRequest: MessageTypeDefinition<_frontdesk_v1_CreateTicketRequest, _frontdesk_v1_CreateTicketRequest__Output>
      DispatchTicketRequest: MessageTypeDefinition<_frontdesk_v1_DispatchTicketRequest, _frontdesk_v1_DispatchTicketRequest__Output>
      EscalateTicketRequest: MessageTypeDefinition<_frontdesk_v1_EscalateTicketRequest, _frontdesk_v1_EscalateTicketRequest__Output>
      Escalation: MessageTypeDefinition<_frontdesk_v1_Escalation, _frontdesk_v1_Escalation__Output>
      EscalationLevel: EnumTypeDefinition
      FieldChange: MessageTypeDefinition<_frontdesk_v1_FieldChange, _frontdesk_v1_FieldChange__Output>
      GetTicketRequest: MessageTypeDefinition<_frontdesk_v1_GetTicketRequest, _frontdesk_v1_GetTicketRequest__Output>
      LinkTicketRequest: MessageTypeDefinition<_frontdesk_v1_LinkTicketRequest, _frontdesk_v1_LinkTicketRequest__Output>
      ListCallbacksDueRequest: MessageTypeDefinition<_frontdesk_v1_ListCallbacksDueRequest, _frontdesk_v1_ListCallbacksDueRequest__Output>
      ListEscalationsRequest: MessageTypeDefinition<_frontdesk_v1_ListEscalationsRequest, _frontdesk_v1_ListEscalationsRequest__Output>
      ListEscalationsResponse: MessageTypeDefinition<_frontdesk_v1_ListEscalationsResponse, _frontdesk_v1_ListEscalationsResponse__Output>
      ListOverdueTicketsRequest: MessageTypeDefinition<_frontdesk_v1_ListOverdueTicketsRequest, _frontdesk_v1_ListOverdueTicketsRequest__Output>
      ListSlaPoliciesRequest: MessageTypeDefinition<_frontdesk_v1_ListSlaPoliciesRequest, _frontdesk_v1_ListSlaPoliciesRequest__Output>
      ListSlaPoliciesResponse: MessageTypeDefinition<_frontdesk_v1_ListSlaPoliciesResponse, _frontdesk_v1_ListSlaPoliciesResponse__Output>
      ListTicketEventsRequest: MessageTypeDefinition<_frontdesk_v1_ListTicketEventsRequest, _frontdesk_v1_ListTicketEventsRequest__Output>
      ListTicketEventsResponse: MessageTypeDefinition<_frontdesk_v1_ListTicketEventsResponse, _frontdesk_v1_ListTicketEventsResponse__Output>
      ListTicketsRequest: MessageTypeDefinition<_frontdesk_v1_ListTicketsRequest, _frontdesk_v1_ListTicketsRequest__Output>
      ListTicketsResponse: MessageTypeDefinition<_frontdesk_v1_ListTicketsResponse, _frontdesk_v1_ListTicketsResponse__Output>
      ListWorkOrdersRequest: MessageTypeDefinition<_frontdesk_v1_ListWorkOrdersRequest, _frontdesk_v1_ListWorkOrdersRequest__Output>
      ListWorkOrdersResponse: MessageTypeDefinition<_frontdesk_v1_ListWorkOrdersResponse, _frontdesk_v1_ListWorkOrdersResponse__Output>
      MarkTicketDuplicateRequest: MessageTypeDefinition<_frontdesk_v1_MarkTicketDuplicateRequest, _frontdesk_v1_MarkTicketDuplicateRequest__Output>
      MarkTicketUnfoundedRequest: MessageTypeDefinition<_frontdesk_v1_MarkTicketUnfoundedRequest, _frontdesk_v1_MarkTicketUnfoundedRequest__Output>
      PendTicketRequest: MessageTypeDefinition<_frontdesk_v1_PendTicketRequest, _frontdesk_v1_PendTicketRequest__Output>
      RecordCallbackRequest: MessageTypeDefinition<_frontdesk_v1_RecordCallbackRequest, _frontdesk_v1_RecordCallbackRequest__Output>
      RecordResidentNoticeRequest: MessageTypeDefinition<_frontdesk_v1_RecordResidentNoticeRequest, _frontdesk_v1_RecordResidentNoticeRequest__Output>
      ReopenTicketRequest: MessageTypeDefinition<_frontdesk_v1_ReopenTicketRequest, _frontdesk_v1_ReopenTicketRequest__Output>
      RepairRoute: EnumTypeDefinition
      ResolveTicketRequest: MessageTypeDefinition<_frontdesk_v1_ResolveTicketRequest, _frontdesk_v1_ResolveTicketRequest__Output>
      ResumeTicketRequest: MessageTypeDefinition<_frontdesk_v1_ResumeTicketRequest, _frontdesk_v1_ResumeTicketRequest__Output>
      SlaPolicy: MessageTypeDefinition<_frontdesk_v1_SlaPolicy, _frontdesk_v1_SlaPolicy__Output>
      Ticket: MessageTypeDefinition<_frontdesk_v1_Ticket, _frontdesk_v1_Ticket__Output>
      TicketCallback: MessageTypeDefinition<_frontdesk_v1_TicketCallback, _frontdesk_v1_TicketCallback__Output>
      TicketDeadlines: MessageTypeDefinition<_frontdesk_v1_TicketDeadlines, _frontdesk_v1_TicketDeadlines__Output>
      TicketEvent: MessageTypeDefinition<_frontdesk_v1_TicketEvent, _frontdesk_v1_TicketEvent__Output>
      TicketPlan: MessageTypeDefinition<_frontdesk_v1_TicketPlan, _frontdesk_v1_TicketPlan__Output>
      TicketService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_TicketServiceClient> & { service: _frontdesk_v1_TicketServiceDefinition }
      UpdateSlaPolicyRequest: MessageTypeDefinition<_frontdesk_v1_UpdateSlaPolicyRequest, _frontdesk_v1_UpdateSlaPolicyRequest__Output>
      UpdateTicketRequest: MessageTypeDefinition<_frontdesk_v1_UpdateTicketRequest, _frontdesk_v1_UpdateTicketRequest__Output>
      WatchTicketsRequest: MessageTypeDefinition<_frontdesk_v1_WatchTicketsRequest, _frontdesk_v1_WatchTicketsRequest__Output>
      WorkOrder: MessageTypeDefinition<_frontdesk_v1_WorkOrder, _frontdesk_v1_WorkOrder__Output>
    }
  }
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

