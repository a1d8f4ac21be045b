// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelVisitorPassRequest as _frontdesk_v1_CancelVisitorPassRequest, CancelVisitorPassRequest__Output as _frontdesk_v1_CancelVisitorPassRequest__Output } from '../../frontdesk/v1/CancelVisitorPassRequest';
import type { CheckInVisitorRequest as _frontdesk_v1_CheckInVisitorRequest, CheckInVisitorRequest__Output as _frontdesk_v1_CheckInVisitorRequest__Output } from '../../frontdesk/v1/CheckInVisitorRequest';
import type { CheckOutVisitorRequest as _frontdesk_v1_CheckOutVisitorRequest, CheckOutVisitorRequest__Output as _frontdesk_v1_CheckOutVisitorRequest__Output } from '../../frontdesk/v1/CheckOutVisitorRequest';
import type { CreateKeyRequest as _frontdesk_v1_CreateKeyRequest, CreateKeyRequest__Output as _frontdesk_v1_CreateKeyRequest__Output } from '../../frontdesk/v1/CreateKeyRequest';
import type { CreateRefusalRequest as _frontdesk_v1_CreateRefusalRequest, CreateRefusalRequest__Output as _frontdesk_v1_CreateRefusalRequest__Output } from '../../frontdesk/v1/CreateRefusalRequest';
import type { CreateVisitorPassRequest as _frontdesk_v1_CreateVisitorPassRequest, CreateVisitorPassRequest__Output as _frontdesk_v1_CreateVisitorPassRequest__Output } from '../../frontdesk/v1/CreateVisitorPassRequest';
import type { CreateWatchlistEntryRequest as _frontdesk_v1_CreateWatchlistEntryRequest, CreateWatchlistEntryRequest__Output as _frontdesk_v1_CreateWatchlistEntryRequest__Output } from '../../frontdesk/v1/CreateWatchlistEntryRequest';
import type { DeleteWatchlistEntryRequest as _frontdesk_v1_DeleteWatchlistEntryRequest, DeleteWatchlistEntryRequest__Output as _frontdesk_v1_DeleteWatchlistEntryRequest__Output } from '../../frontdesk/v1/DeleteWatchlistEntryRequest';
import type { GetKeyRequest as _frontdesk_v1_GetKeyRequest, GetKeyRequest__Output as _frontdesk_v1_GetKeyRequest__Output } from '../../frontdesk/v1/GetKeyRequest';
import type { GetVisitRequest as _frontdesk_v1_GetVisitRequest, GetVisitRequest__Output as _frontdesk_v1_GetVisitRequest__Output } from '../../frontdesk/v1/GetVisitRequest';
import type { GetVisitorPassRequest as _frontdesk_v1_GetVisitorPassRequest, GetVisitorPassRequest__Output as _frontdesk_v1_GetVisitorPassRequest__Output } from '../../frontdesk/v1/GetVisitorPassRequest';
import type { GetVisitorSettingsRequest as _frontdesk_v1_GetVisitorSettingsRequest, GetVisitorSettingsRequest__Output as _frontdesk_v1_GetVisitorSettingsRequest__Output } from '../../frontdesk/v1/GetVisitorSettingsRequest';
import type { Key as _frontdesk_v1_Key, Key__Output as _frontdesk_v1_Key__Output } from '../../frontdesk/v1/Key';
import type { LendKeyRequest as _frontdesk_v1_LendKeyRequest, LendKeyRequest__Output as _frontdesk_v1_LendKeyRequest__Output } from '../../frontdesk/v1/LendKeyRequest';
import type { ListKeyEventsRequest as _frontdesk_v1_ListKeyEventsRequest, ListKeyEventsRequest__Output as _frontdesk_v1_ListKeyEventsRequest__Output } from '../../frontdesk/v1/ListKeyEventsRequest';
import type { ListKeyEventsResponse as _frontdesk_v1_ListKeyEventsResponse, ListKeyEventsResponse__Output as _frontdesk_v1_ListKeyEventsResponse__Output } from '../../frontdesk/v1/ListKeyEventsResponse';
import type { ListKeysRequest as _frontdesk_v1_ListKeysRequest, ListKeysRequest__Output as _frontdesk_v1_ListKeysRequest__Output } from '../../frontdesk/v1/ListKeysRequest';
import type { ListKeysResponse as _frontdesk_v1_ListKeysResponse, ListKeysResponse__Output as _frontdesk_v1_ListKeysResponse__Output } from '../../frontdesk/v1/ListKeysResponse';
import type { ListRefusalsRequest as _frontdesk_v1_ListRefusalsRequest, ListRefusalsRequest__Output as _frontdesk_v1_ListRefusalsRequest__Output } from '../../frontdesk/v1/ListRefusalsRequest';
import type { ListRefusalsResponse as _frontdesk_v1_ListRefusalsResponse, ListRefusalsResponse__Output as _frontdesk_v1_ListRefusalsResponse__Output } from '../../frontdesk/v1/ListRefusalsResponse';
import type { ListSensitiveDataAccessesRequest as _frontdesk_v1_ListSensitiveDataAccessesRequest, ListSensitiveDataAccessesRequest__Output as _frontdesk_v1_ListSensitiveDataAccessesRequest__Output } from '../../frontdesk/v1/ListSensitiveDataAccessesRequest';
import type { ListSensitiveDataAccessesResponse as _frontdesk_v1_ListSensitiveDataAccessesResponse, ListSensitiveDataAccessesResponse__Output as _frontdesk_v1_ListSensitiveDataAccessesResponse__Output } from '../../frontdesk/v1/ListSensitiveDataAccessesResponse';
import type { ListVisitorAlertsRequest as _frontdesk_v1_ListVisitorAlertsRequest, ListVisitorAlertsRequest__Output as _frontdesk_v1_ListVisitorAlertsRequest__Output } from '../../frontdesk/v1/ListVisitorAlertsRequest';
import type { ListVisitorAlertsResponse as _frontdesk_v1_ListVisitorAlertsResponse, ListVisitorAlertsResponse__Output as _frontdesk_v1_ListVisitorAlertsResponse__Output } from '../../frontdesk/v1/ListVisitorAlertsResponse';
import type { ListVisitorPassesRequest as _frontdesk_v1_ListVisitorPassesRequest, ListVisitorPassesRequest__Output as _frontdesk_v1_ListVisitorPassesRequest__Output } from '../../frontdesk/v1/ListVisitorPassesRequest';
import type { ListVisitorPassesResponse as _frontdesk_v1_ListVisitorPassesResponse, ListVisitorPassesResponse__Output as _frontdesk_v1_ListVisitorPassesResponse__Output } from '../../frontdesk/v1/ListVisitorPassesResponse';
import type { ListVisitsRequest as _frontdesk_v1_ListVisitsRequest, ListVisitsRequest__Output as _frontdesk_v1_ListVisitsRequest__Output } from '../../frontdesk/v1/ListVisitsRequest';
import type { ListVisitsResponse as _frontdesk_v1_ListVisitsResponse, ListVisitsResponse__Output as _frontdesk_v1_ListVisitsResponse__Output } from '../../frontdesk/v1/ListVisitsResponse';
import type { ListWatchlistEntriesRequest as _frontdesk_v1_ListWatchlistEntriesRequest, ListWatchlistEntriesRequest__Output as _frontdesk_v1_ListWatchlistEntriesRequest__Output } from '../../frontdesk/v1/ListWatchlistEntriesRequest';
import type { ListWatchlistEntriesResponse as _frontdesk_v1_ListWatchlistEntriesResponse, ListWatchlistEntriesResponse__Output as _frontdesk_v1_ListWatchlistEntriesResponse__Output } from '../../frontdesk/v1/ListWatchlistEntriesResponse';
import type { Refusal as _frontdesk_v1_Refusal, Refusal__Output as _frontdesk_v1_Refusal__Output } from '../../frontdesk/v1/Refusal';
import type { RetireKeyRequest as _frontdesk_v1_RetireKeyRequest, RetireKeyRequest__Output as _frontdesk_v1_RetireKeyRequest__Output } from '../../frontdesk/v1/RetireKeyRequest';
import type { ReturnKeyRequest as _frontdesk_v1_ReturnKeyRequest, ReturnKeyRequest__Output as _frontdesk_v1_ReturnKeyRequest__Output } from '../../frontdesk/v1/ReturnKeyRequest';
import type { UpdateKeyRequest as _frontdesk_v1_UpdateKeyRequest, UpdateKeyRequest__Output as _frontdesk_v1_UpdateKeyRequest__Output } from '../../frontdesk/v1/UpdateKeyRequest';
import type { UpdateVisitorSettingsRequest as _frontdesk_v1_UpdateVisitorSettingsRequest, UpdateVisitorSettingsRequest__Output as _frontdesk_v1_UpdateVisitorSettingsRequest__Output } from '../../frontdesk/v1/UpdateVisitorSettingsRequest';
import type { Visit as _frontdesk_v1_Visit, Visit__Output as _frontdesk_v1_Visit__Output } from '../../frontdesk/v1/Visit';
import type { VisitorPass as _frontdesk_v1_VisitorPass, VisitorPass__Output as _frontdesk_v1_VisitorPass__Output } from '../../frontdesk/v1/VisitorPass';
import type { VisitorSettings as _frontdesk_v1_VisitorSettings, VisitorSettings__Output as _frontdesk_v1_VisitorSettings__Output } from '../../frontdesk/v1/VisitorSettings';
import type { WatchlistEntry as _frontdesk_v1_WatchlistEntry, WatchlistEntry__Output as _frontdesk_v1_WatchlistEntry__Output } from '../../frontdesk/v1/WatchlistEntry';

export interface VisitorServiceClient extends grpc.Client {
  /**
   * Cancels a pass; later check-ins with its code are refused with
   * VISITOR_PASS_CANCELLED. Cancelling twice is FAILED_PRECONDITION reason
   * VISITOR_PASS_CANCELLED.
   */
  CancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  CancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  CancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  CancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  /**
   * Cancels a pass; later check-ins with its code are refused with
   * VISITOR_PASS_CANCELLED. Cancelling twice is FAILED_PRECONDITION reason
   * VISITOR_PASS_CANCELLED.
   */
  cancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  cancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  cancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  cancelVisitorPass(argument: _frontdesk_v1_CancelVisitorPassRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registers a visitor at the desk: a Visit with status ON_PREMISES and
   * check_in_time = now (server clock). registered_by is the caller.
   * 
   * Check-in by pre-registration: with `pass_code` set, the pass's fields
   * fill every visit field the request leaves empty; the document must still
   * be shown and entered at the desk (a pass never waives the identity check).
   * 
   * Rules, in this order (each refusal below is written as a Refusal, once
   * per request_id, and the error's ErrorInfo metadata "refusal" carries its
   * resource name):
   * - No identity document (document.type unspecified or number empty):
   * FAILED_PRECONDITION reason VISITOR_DOCUMENT_REQUIRED, unless
   * `document_waiver` is present and valid (see SupervisorAuthorization:
   * the caller's own, or an approval of action VISITOR_DOCUMENT_WAIVER);
   * the visit then records it with the approver as authorized_by.
   * - An active watchlist entry of the site matches (document number, or
   * name and phone; see WatchlistEntry): with action DENY,
   * FAILED_PRECONDITION reason VISITOR_ON_WATCHLIST; a document waiver
   * does not override it. The error message gives the entry's reason to
   * the desk (staff only; never read it out to the visitor) and its
   * ErrorInfo metadata "watchlist_entry" names the entry. Either way a
   * VisitorAlert is raised for the site's supervisors. With action ALERT
   * the visit is created with watchlist_alert = true.
   * - Pass problems (no Refusal written; the desk may register the visitor
   * without the pass): unknown code NOT_FOUND reason VISITOR_PASS_NOT_FOUND;
   * FAILED_PRECONDITION reasons VISITOR_PASS_NOT_YET_VALID,
   * VISITOR_PASS_EXPIRED, VISITOR_PASS_USED_UP, VISITOR_PASS_CANCELLED.
   * A successful check-in by pass increments the pass's use_count.
   */
  CheckInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  CheckInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  CheckInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  CheckInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  /**
   * Registers a visitor at the desk: a Visit with status ON_PREMISES and
   * check_in_time = now (server clock). registered_by is the caller.
   * 
   * Check-in by pre-registration: with `pass_code` set, the pass's fields
   * fill every visit field the request leaves empty; the document must still
   * be shown and entered at the desk (a pass never waives the identity check).
   * 
   * Rules, in this order (each refusal below is written as a Refusal, once
   * per request_id, and the error's ErrorInfo metadata "refusal" carries its
   * resource name):
   * - No identity document (document.type unspecified or number empty):
   * FAILED_PRECONDITION reason VISITOR_DOCUMENT_REQUIRED, unless
   * `document_waiver` is present and valid (see SupervisorAuthorization:
   * the caller's own, or an approval of action VISITOR_DOCUMENT_WAIVER);
   * the visit then records it with the approver as authorized_by.
   * - An active watchlist entry of the site matches (document number, or
   * name and phone; see WatchlistEntry): with action DENY,
   * FAILED_PRECONDITION reason VISITOR_ON_WATCHLIST; a document waiver
   * does not override it. The error message gives the entry's reason to
   * the desk (staff only; never read it out to the visitor) and its
   * ErrorInfo metadata "watchlist_entry" names the entry. Either way a
   * VisitorAlert is raised for the site's supervisors. With action ALERT
   * the visit is created with watchlist_alert = true.
   * - Pass problems (no Refusal written; the desk may register the visitor
   * without the pass): unknown code NOT_FOUND reason VISITOR_PASS_NOT_FOUND;
   * FAILED_PRECONDITION reasons VISITOR_PASS_NOT_YET_VALID,
   * VISITOR_PASS_EXPIRED, VISITOR_PASS_USED_UP, VISITOR_PASS_CANCELLED.
   * A successful check-in by pass increments the pass's use_count.
   */
  checkInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  checkInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  checkInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  checkInVisitor(argument: _frontdesk_v1_CheckInVisitorRequest, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records the visitor's departure: status CHECKED_OUT, check_out_time and
   * checked_out_by. A visit already checked out is FAILED_PRECONDITION reason
   * VISIT_ALREADY_CHECKED_OUT.
   */
  CheckOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  CheckOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  CheckOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  CheckOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  /**
   * Records the visitor's departure: status CHECKED_OUT, check_out_time and
   * checked_out_by. A visit already checked out is FAILED_PRECONDITION reason
   * VISIT_ALREADY_CHECKED_OUT.
   */
  checkOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  checkOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  checkOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  checkOutVisitor(argument: _frontdesk_v1_CheckOutVisitorRequest, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registers a physical key (or a ring of keys under one tag) held at the
   * desk. Appends a CREATED key event. A tag already used by a key of the
   * site that is not retired is ALREADY_EXISTS reason KEY_TAG_EXISTS.
   * Setting authorized_borrowers needs SUPERVISOR or MANAGER, as in
   * UpdateKey (otherwise a receptionist could register a key with themselves
   * on its list).
   */
  CreateKey(argument: _frontdesk_v1_CreateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  CreateKey(argument: _frontdesk_v1_CreateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  CreateKey(argument: _frontdesk_v1_CreateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  CreateKey(argument: _frontdesk_v1_CreateKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  /**
   * Registers a physical key (or a ring of keys under one tag) held at the
   * desk. Appends a CREATED key event. A tag already used by a key of the
   * site that is not retired is ALREADY_EXISTS reason KEY_TAG_EXISTS.
   * Setting authorized_borrowers needs SUPERVISOR or MANAGER, as in
   * UpdateKey (otherwise a receptionist could register a key with themselves
   * on its list).
   */
  createKey(argument: _frontdesk_v1_CreateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  createKey(argument: _frontdesk_v1_CreateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  createKey(argument: _frontdesk_v1_CreateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  createKey(argument: _frontdesk_v1_CreateKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records a refusal decided by the desk itself, e.g. a person acting
   * suspiciously (形迹可疑) or refusing to be registered. Refusals made by
   * CheckInVisitor's rules are recorded automatically.
   */
  CreateRefusal(argument: _frontdesk_v1_CreateRefusalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  CreateRefusal(argument: _frontdesk_v1_CreateRefusalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  CreateRefusal(argument: _frontdesk_v1_CreateRefusalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  CreateRefusal(argument: _frontdesk_v1_CreateRefusalRequest, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  /**
   * Records a refusal decided by the desk itself, e.g. a person acting
   * suspiciously (形迹可疑) or refusing to be registered. Refusals made by
   * CheckInVisitor's rules are recorded automatically.
   */
  createRefusal(argument: _frontdesk_v1_CreateRefusalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  createRefusal(argument: _frontdesk_v1_CreateRefusalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  createRefusal(argument: _frontdesk_v1_CreateRefusalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  createRefusal(argument: _frontdesk_v1_CreateRefusalRequest, callback: grpc.requestCallback<_frontdesk_v1_Refusal__Output>): grpc.ClientUnaryCall;
  
  /**
   * Pre-registers an expected visitor (e.g. from the resident app). The
   * response carries the pass code; it is shown only in this response, the
   * server keeps a hash of it (as for access tokens).
   */
  CreateVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  CreateVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  CreateVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  CreateVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  /**
   * Pre-registers an expected visitor (e.g. from the resident app). The
   * response carries the pass code; it is shown only in this response, the
   * server keeps a hash of it (as for access tokens).
   */
  createVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  createVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  createVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  createVisitorPass(argument: _frontdesk_v1_CreateVisitorPassRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds a person to the site's watchlist.
   */
  CreateWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  CreateWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  CreateWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  CreateWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a person to the site's watchlist.
   */
  createWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  createWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  createWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  createWatchlistEntry(argument: _frontdesk_v1_CreateWatchlistEntryRequest, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  
  /**
   * Soft delete (AIP-164): sets delete_time and deleted_by; the entry stops
   * matching at once and stays readable with show_deleted. Returns the entry.
   * A stale etag is ABORTED; an already deleted entry is NOT_FOUND.
   */
  DeleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  DeleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  DeleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  DeleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  /**
   * Soft delete (AIP-164): sets delete_time and deleted_by; the entry stops
   * matching at once and stays readable with show_deleted. Returns the entry.
   * A stale etag is ABORTED; an already deleted entry is NOT_FOUND.
   */
  deleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  deleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  deleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  deleteWatchlistEntry(argument: _frontdesk_v1_DeleteWatchlistEntryRequest, callback: grpc.requestCallback<_frontdesk_v1_WatchlistEntry__Output>): grpc.ClientUnaryCall;
  
  GetKey(argument: _frontdesk_v1_GetKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  GetKey(argument: _frontdesk_v1_GetKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  GetKey(argument: _frontdesk_v1_GetKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  GetKey(argument: _frontdesk_v1_GetKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  getKey(argument: _frontdesk_v1_GetKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  getKey(argument: _frontdesk_v1_GetKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  getKey(argument: _frontdesk_v1_GetKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  getKey(argument: _frontdesk_v1_GetKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads one visit, "sites/{site}/visits/{visit}".
   */
  GetVisit(argument: _frontdesk_v1_GetVisitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  GetVisit(argument: _frontdesk_v1_GetVisitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  GetVisit(argument: _frontdesk_v1_GetVisitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  GetVisit(argument: _frontdesk_v1_GetVisitRequest, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  /**
   * Reads one visit, "sites/{site}/visits/{visit}".
   */
  getVisit(argument: _frontdesk_v1_GetVisitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  getVisit(argument: _frontdesk_v1_GetVisitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  getVisit(argument: _frontdesk_v1_GetVisitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  getVisit(argument: _frontdesk_v1_GetVisitRequest, callback: grpc.requestCallback<_frontdesk_v1_Visit__Output>): grpc.ClientUnaryCall;
  
  GetVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  GetVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  GetVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  GetVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  getVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  getVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  getVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  getVisitorPass(argument: _frontdesk_v1_GetVisitorPassRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorPass__Output>): grpc.ClientUnaryCall;
  
  /**
   * The site's singleton "sites/{site}/visitorSettings". A site that never
   * set it reads the defaults.
   */
  GetVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  GetVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  GetVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  GetVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  /**
   * The site's singleton "sites/{site}/visitorSettings". A site that never
   * set it reads the defaults.
   */
  getVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  getVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  getVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  getVisitorSettings(argument: _frontdesk_v1_GetVisitorSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lends a key: state IN_STORE -> ON_LOAN, appends a LENT event (who, when,
   * why, when due back). Rules:
   * - state is not IN_STORE: FAILED_PRECONDITION reason KEY_NOT_IN_STORE.
   * - borrower not among authorized_borrowers: FAILED_PRECONDITION reason
   * KEY_BORROWER_NOT_AUTHORIZED, unless a valid `authorization` is given
   * (see SupervisorAuthorization: the caller's own, or an approval of
   * action OFF_LIST_KEY_LOAN for this key or any key of the site).
   * - non-staff borrower without an identity document: INVALID_ARGUMENT on
   * borrower.person.document (checked with the other fields, before the
   * key is looked up). A staff borrower must exist (NOT_FOUND reason
   * STAFF_NOT_FOUND).
   * A staff borrower is authorised when the list names the same staff
   * member; a person when the list names one with the same document (type
   * and number), or, for a listed person without a document, the same
   * display_name and phone digits. An `authorization`, when given, is
   * verified (and recorded on the LENT event) even if the borrower is on
   * the list. Clients that take a free-text borrower (the CLI's
   * `--borrower "维修 张工"`) resolve it to a staff member by id or display
   * name first, and otherwise send a person.
   */
  LendKey(argument: _frontdesk_v1_LendKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  LendKey(argument: _frontdesk_v1_LendKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  LendKey(argument: _frontdesk_v1_LendKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  LendKey(argument: _frontdesk_v1_LendKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  /**
   * Lends a key: state IN_STORE -> ON_LOAN, appends a LENT event (who, when,
   * why, when due back). Rules:
   * - state is not IN_STORE: FAILED_PRECONDITION reason KEY_NOT_IN_STORE.
   * - borrower not among authorized_borrowers: FAILED_PRECONDITION reason
   * KEY_BORROWER_NOT_AUTHORIZED, unless a valid `authorization` is given
   * (see SupervisorAuthorization: the caller's own, or an approval of
   * action OFF_LIST_KEY_LOAN for this key or any key of the site).
   * - non-staff borrower without an identity document: INVALID_ARGUMENT on
   * borrower.person.document (checked with the other fields, before the
   * key is looked up). A staff borrower must exist (NOT_FOUND reason
   * STAFF_NOT_FOUND).
   * A staff borrower is authorised when the list names the same staff
   * member; a person when the list names one with the same document (type
   * and number), or, for a listed person without a document, the same
   * display_name and phone digits. An `authorization`, when given, is
   * verified (and recorded on the LENT event) even if the borrower is on
   * the list. Clients that take a free-text borrower (the CLI's
   * `--borrower "维修 张工"`) resolve it to a staff member by id or display
   * name first, and otherwise send a person.
   */
  lendKey(argument: _frontdesk_v1_LendKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  lendKey(argument: _frontdesk_v1_LendKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  lendKey(argument: _frontdesk_v1_LendKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  lendKey(argument: _frontdesk_v1_LendKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  
  /**
   * A key's append-only history, oldest first.
   */
  ListKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  ListKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  ListKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  ListKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A key's append-only history, oldest first.
   */
  listKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  listKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  listKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  listKeyEvents(argument: _frontdesk_v1_ListKeyEventsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListKeyEventsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists keys by tag ascending.
   */
  ListKeys(argument: _frontdesk_v1_ListKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _frontdesk_v1_ListKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _frontdesk_v1_ListKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _frontdesk_v1_ListKeysRequest, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists keys by tag ascending.
   */
  listKeys(argument: _frontdesk_v1_ListKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _frontdesk_v1_ListKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _frontdesk_v1_ListKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _frontdesk_v1_ListKeysRequest, callback: grpc.requestCallback<_frontdesk_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists refusals newest first.
   */
  ListRefusals(argument: _frontdesk_v1_ListRefusalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  ListRefusals(argument: _frontdesk_v1_ListRefusalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  ListRefusals(argument: _frontdesk_v1_ListRefusalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  ListRefusals(argument: _frontdesk_v1_ListRefusalsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists refusals newest first.
   */
  listRefusals(argument: _frontdesk_v1_ListRefusalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  listRefusals(argument: _frontdesk_v1_ListRefusalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  listRefusals(argument: _frontdesk_v1_ListRefusalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  listRefusals(argument: _frontdesk_v1_ListRefusalsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListRefusalsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Who read unmasked document or phone numbers, or tickets' reporters,
   * newest first.
   */
  ListSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  ListSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  ListSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  ListSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Who read unmasked document or phone numbers, or tickets' reporters,
   * newest first.
   */
  listSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  listSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  listSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  listSensitiveDataAccesses(argument: _frontdesk_v1_ListSensitiveDataAccessesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListSensitiveDataAccessesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Alerts raised at the desk for the site's supervisors (watchlist
   * matches), newest first. SUPERVISOR or MANAGER at the site.
   */
  ListVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  ListVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Alerts raised at the desk for the site's supervisors (watchlist
   * matches), newest first. SUPERVISOR or MANAGER at the site.
   */
  listVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  listVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  listVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  listVisitorAlerts(argument: _frontdesk_v1_ListVisitorAlertsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorAlertsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists passes by valid_from ascending, e.g. today's expected visitors.
   */
  ListVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  ListVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  ListVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  ListVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists passes by valid_from ascending, e.g. today's expected visitors.
   */
  listVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  listVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  listVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  listVisitorPasses(argument: _frontdesk_v1_ListVisitorPassesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVisitorPassesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists visits newest first (check_in_time, then id, descending).
   */
  ListVisits(argument: _frontdesk_v1_ListVisitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  ListVisits(argument: _frontdesk_v1_ListVisitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  ListVisits(argument: _frontdesk_v1_ListVisitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  ListVisits(argument: _frontdesk_v1_ListVisitsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists visits newest first (check_in_time, then id, descending).
   */
  listVisits(argument: _frontdesk_v1_ListVisitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  listVisits(argument: _frontdesk_v1_ListVisitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  listVisits(argument: _frontdesk_v1_ListVisitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  listVisits(argument: _frontdesk_v1_ListVisitsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVisitsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists entries, newest first; expired and deleted ones only on request.
   */
  ListWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists entries, newest first; expired and deleted ones only on request.
   */
  listWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  listWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  listWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  listWatchlistEntries(argument: _frontdesk_v1_ListWatchlistEntriesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListWatchlistEntriesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes a key out of custody for good: handed over to the owner (move-in
   * 入伙 or end of entrustment), lost or destroyed. State RETIRED; appends a
   * RETIRED event. A key on loan must be returned first, except with reason
   * LOST (FAILED_PRECONDITION reason KEY_ON_LOAN); a LOST key's loan ends
   * with the RETIRED event, which names its borrower. A key retired already
   * is FAILED_PRECONDITION reason KEY_RETIRED. SUPERVISOR or MANAGER. The
   * tag is free again for a new key.
   */
  RetireKey(argument: _frontdesk_v1_RetireKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  RetireKey(argument: _frontdesk_v1_RetireKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  RetireKey(argument: _frontdesk_v1_RetireKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  RetireKey(argument: _frontdesk_v1_RetireKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  /**
   * Takes a key out of custody for good: handed over to the owner (move-in
   * 入伙 or end of entrustment), lost or destroyed. State RETIRED; appends a
   * RETIRED event. A key on loan must be returned first, except with reason
   * LOST (FAILED_PRECONDITION reason KEY_ON_LOAN); a LOST key's loan ends
   * with the RETIRED event, which names its borrower. A key retired already
   * is FAILED_PRECONDITION reason KEY_RETIRED. SUPERVISOR or MANAGER. The
   * tag is free again for a new key.
   */
  retireKey(argument: _frontdesk_v1_RetireKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  retireKey(argument: _frontdesk_v1_RetireKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  retireKey(argument: _frontdesk_v1_RetireKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  retireKey(argument: _frontdesk_v1_RetireKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes a key back: ON_LOAN -> IN_STORE, appends a RETURNED event (late if
   * after due_time). A key not on loan is FAILED_PRECONDITION reason
   * KEY_NOT_ON_LOAN.
   */
  ReturnKey(argument: _frontdesk_v1_ReturnKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  ReturnKey(argument: _frontdesk_v1_ReturnKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  ReturnKey(argument: _frontdesk_v1_ReturnKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  ReturnKey(argument: _frontdesk_v1_ReturnKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  /**
   * Takes a key back: ON_LOAN -> IN_STORE, appends a RETURNED event (late if
   * after due_time). A key not on loan is FAILED_PRECONDITION reason
   * KEY_NOT_ON_LOAN.
   */
  returnKey(argument: _frontdesk_v1_ReturnKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  returnKey(argument: _frontdesk_v1_ReturnKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  returnKey(argument: _frontdesk_v1_ReturnKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  returnKey(argument: _frontdesk_v1_ReturnKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes the fields named in update_mask; appends an UPDATED key event
   * with old and new values (phone numbers masked in them). Changing
   * authorized_borrowers needs SUPERVISOR or MANAGER. A retired key is
   * FAILED_PRECONDITION reason KEY_RETIRED.
   */
  UpdateKey(argument: _frontdesk_v1_UpdateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  UpdateKey(argument: _frontdesk_v1_UpdateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  UpdateKey(argument: _frontdesk_v1_UpdateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  UpdateKey(argument: _frontdesk_v1_UpdateKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the fields named in update_mask; appends an UPDATED key event
   * with old and new values (phone numbers masked in them). Changing
   * authorized_borrowers needs SUPERVISOR or MANAGER. A retired key is
   * FAILED_PRECONDITION reason KEY_RETIRED.
   */
  updateKey(argument: _frontdesk_v1_UpdateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  updateKey(argument: _frontdesk_v1_UpdateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  updateKey(argument: _frontdesk_v1_UpdateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  updateKey(argument: _frontdesk_v1_UpdateKeyRequest, callback: grpc.requestCallback<_frontdesk_v1_Key__Output>): grpc.ClientUnaryCall;
  
  UpdateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  UpdateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  UpdateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  UpdateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  updateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  updateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  updateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  updateVisitorSettings(argument: _frontdesk_v1_UpdateVisitorSettingsRequest, callback: grpc.requestCallback<_frontdesk_v1_VisitorSettings__Output>): grpc.ClientUnaryCall;
  
}

export interface VisitorServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Cancels a pass; later check-ins with its code are refused with
   * VISITOR_PASS_CANCELLED. Cancelling twice is FAILED_PRECONDITION reason
   * VISITOR_PASS_CANCELLED.
   */
  CancelVisitorPass: grpc.handleUnaryCall<_frontdesk_v1_CancelVisitorPassRequest__Output, _frontdesk_v1_VisitorPass>;
  
  /**
   * Registers a visitor at the desk: a Visit with status ON_PREMISES and
   * check_in_time = now (server clock). registered_by is the caller.
   * 
   * Check-in by pre-registration: with `pass_code` set, the pass's fields
   * fill every visit field the request leaves empty; the document must still
   * be shown and entered at the desk (a pass never waives the identity check).
   * 
   * Rules, in this order (each refusal below is written as a Refusal, once
   * per request_id, and the error's ErrorInfo metadata "refusal" carries its
   * resource name):
   * - No identity document (document.type unspecified or number empty):
   * FAILED_PRECONDITION reason VISITOR_DOCUMENT_REQUIRED, unless
   * `document_waiver` is present and valid (see SupervisorAuthorization:
   * the caller's own, or an approval of action VISITOR_DOCUMENT_WAIVER);
   * the visit then records it with the approver as authorized_by.
   * - An active watchlist entry of the site matches (document number, or
   * name and phone; see WatchlistEntry): with action DENY,
   * FAILED_PRECONDITION reason VISITOR_ON_WATCHLIST; a document waiver
   * does not override it. The error message gives the entry's reason to
   * the desk (staff only; never read it out to the visitor) and its
   * ErrorInfo metadata "watchlist_entry" names the entry. Either way a
   * VisitorAlert is raised for the site's supervisors. With action ALERT
   * the visit is created with watchlist_alert = true.
   * - Pass problems (no Refusal written; the desk may register the visitor
   * without the pass): unknown code NOT_FOUND reason VISITOR_PASS_NOT_FOUND;
   * FAILED_PRECONDITION reasons VISITOR_PASS_NOT_YET_VALID,
   * VISITOR_PASS_EXPIRED, VISITOR_PASS_USED_UP, VISITOR_PASS_CANCELLED.
   * A successful check-in by pass increments the pass's use_count.
   */
  CheckInVisitor: grpc.handleUnaryCall<_frontdesk_v1_CheckInVisitorRequest__Output, _frontdesk_v1_Visit>;
  
  /**
   * Records the visitor's departure: status CHECKED_OUT, check_out_time and
   * checked_out_by. A visit already checked out is FAILED_PRECONDITION reason
   * VISIT_ALREADY_CHECKED_OUT.
   */
  CheckOutVisitor: grpc.handleUnaryCall<_frontdesk_v1_CheckOutVisitorRequest__Output, _frontdesk_v1_Visit>;
  
  /**
   * Registers a physical key (or a ring of keys under one tag) held at the
   * desk. Appends a CREATED key event. A tag already used by a key of the
   * site that is not retired is ALREADY_EXISTS reason KEY_TAG_EXISTS.
   * Setting authorized_borrowers needs SUPERVISOR or MANAGER, as in
   * UpdateKey (otherwise a receptionist could register a key with themselves
   * on its list).
   */
  CreateKey: grpc.handleUnaryCall<_frontdesk_v1_CreateKeyRequest__Output, _frontdesk_v1_Key>;
  
  /**
   * Records a refusal decided by the desk itself, e.g. a person acting
   * suspiciously (形迹可疑) or refusing to be registered. Refusals made by
   * CheckInVisitor's rules are recorded automatically.
   */
  CreateRefusal: grpc.handleUnaryCall<_frontdesk_v1_CreateRefusalRequest__Output, _frontdesk_v1_Refusal>;
  
  /**
   * Pre-registers an expected visitor (e.g. from the resident app). The
   * response carries the pass code; it is shown only in this response, the
   * server keeps a hash of it (as for access tokens).
   */
  CreateVisitorPass: grpc.handleUnaryCall<_frontdesk_v1_CreateVisitorPassRequest__Output, _frontdesk_v1_VisitorPass>;
  
  /**
   * Adds a person to the site's watchlist.
   */
  CreateWatchlistEntry: grpc.handleUnaryCall<_frontdesk_v1_CreateWatchlistEntryRequest__Output, _frontdesk_v1_WatchlistEntry>;
  
  /**
   * Soft delete (AIP-164): sets delete_time and deleted_by; the entry stops
   * matching at once and stays readable with show_deleted. Returns the entry.
   * A stale etag is ABORTED; an already deleted entry is NOT_FOUND.
   */
  DeleteWatchlistEntry: grpc.handleUnaryCall<_frontdesk_v1_DeleteWatchlistEntryRequest__Output, _frontdesk_v1_WatchlistEntry>;
  
  GetKey: grpc.handleUnaryCall<_frontdesk_v1_GetKeyRequest__Output, _frontdesk_v1_Key>;
  
  /**
   * Reads one visit, "sites/{site}/visits/{visit}".
   */
  GetVisit: grpc.handleUnaryCall<_frontdesk_v1_GetVisitRequest__Output, _frontdesk_v1_Visit>;
  
  GetVisitorPass: grpc.handleUnaryCall<_frontdesk_v1_GetVisitorPassRequest__Output, _frontdesk_v1_VisitorPass>;
  
  /**
   * The site's singleton "sites/{site}/visitorSettings". A site that never
   * set it reads the defaults.
   */
  GetVisitorSettings: grpc.handleUnaryCall<_frontdesk_v1_GetVisitorSettingsRequest__Output, _frontdesk_v1_VisitorSettings>;
  
  /**
   * Lends a key: state IN_STORE -> ON_LOAN, appends a LENT event (who, when,
   * why, when due back). Rules:
   * - state is not IN_STORE: FAILED_PRECONDITION reason KEY_NOT_IN_STORE.
   * - borrower not among authorized_borrowers: FAILED_PRECONDITION reason
   * KEY_BORROWER_NOT_AUTHORIZED, unless a valid `authorization` is given
   * (see SupervisorAuthorization: the caller's own, or an approval of
   * action OFF_LIST_KEY_LOAN for this key or any key of the site).
   * - non-staff borrower without an identity document: INVALID_ARGUMENT on
   * borrower.person.document (checked with the other fields, before the
   * key is looked up). A staff borrower must exist (NOT_FOUND reason
   * STAFF_NOT_FOUND).
   * A staff borrower is authorised when the list names the same staff
   * member; a person when the list names one with the same document (type
   * and number), or, for a listed person without a document, the same
   * display_name and phone digits. An `authorization`, when given, is
   * verified (and recorded on the LENT event) even if the borrower is on
   * the list. Clients that take a free-text borrower (the CLI's
   * `--borrower "维修 张工"`) resolve it to a staff member by id or display
   * name first, and otherwise send a person.
   */
  LendKey: grpc.handleUnaryCall<_frontdesk_v1_LendKeyRequest__Output, _frontdesk_v1_Key>;
  
  /**
   * A key's append-only history, oldest first.
   */
  ListKeyEvents: grpc.handleUnaryCall<_frontdesk_v1_ListKeyEventsRequest__Output, _frontdesk_v1_ListKeyEventsResponse>;
  
  /**
   * Lists keys by tag ascending.
   */
  ListKeys: grpc.handleUnaryCall<_frontdesk_v1_ListKeysRequest__Output, _frontdesk_v1_ListKeysResponse>;
  
  /**
   * Lists refusals newest first.
   */
  ListRefusals: grpc.handleUnaryCall<_frontdesk_v1_ListRefusalsRequest__Output, _frontdesk_v1_ListRefusalsResponse>;
  
  /**
   * Who read unmasked document or phone numbers, or tickets' reporters,
   * newest first.
   */
  ListSensitiveDataAccesses: grpc.handleUnaryCall<_frontdesk_v1_ListSensitiveDataAccessesRequest__Output, _frontdesk_v1_ListSensitiveDataAccessesResponse>;
  
  /**
   * Alerts raised at the desk for the site's supervisors (watchlist
   * matches), newest first. SUPERVISOR or MANAGER at the site.
   */
  ListVisitorAlerts: grpc.handleUnaryCall<_frontdesk_v1_ListVisitorAlertsRequest__Output, _frontdesk_v1_ListVisitorAlertsResponse>;
  
  /**
   * Lists passes by valid_from ascending, e.g. today's expected visitors.
   */
  ListVisitorPasses: grpc.handleUnaryCall<_frontdesk_v1_ListVisitorPassesRequest__Output, _frontdesk_v1_ListVisitorPassesResponse>;
  
  /**
   * Lists visits newest first (check_in_time, then id, descending).
   */
  ListVisits: grpc.handleUnaryCall<_frontdesk_v1_ListVisitsRequest__Output, _frontdesk_v1_ListVisitsResponse>;
  
  /**
   * Lists entries, newest first; expired and deleted ones only on request.
   */
  ListWatchlistEntries: grpc.handleUnaryCall<_frontdesk_v1_ListWatchlistEntriesRequest__Output, _frontdesk_v1_ListWatchlistEntriesResponse>;
  
  /**
   * Takes a key out of custody for good: handed over to the owner (move-in
   * 入伙 or end of entrustment), lost or destroyed. State RETIRED; appends a
   * RETIRED event. A key on loan must be returned first, except with reason
   * LOST (FAILED_PRECONDITION reason KEY_ON_LOAN); a LOST key's loan ends
   * with the RETIRED event, which names its borrower. A key retired already
   * is FAILED_PRECONDITION reason KEY_RETIRED. SUPERVISOR or MANAGER. The
   * tag is free again for a new key.
   */
  RetireKey: grpc.handleUnaryCall<_frontdesk_v1_RetireKeyRequest__Output, _frontdesk_v1_Key>;
  
  /**
   * Takes a key back: ON_LOAN -> IN_STORE, appends a RETURNED event (late if
   * after due_time). A key not on loan is FAILED_PRECONDITION reason
   * KEY_NOT_ON_LOAN.
   */
  ReturnKey: grpc.handleUnaryCall<_frontdesk_v1_ReturnKeyRequest__Output, _frontdesk_v1_Key>;
  
  /**
   * Changes the fields named in update_mask; appends an UPDATED key event
   * with old and new values (phone numbers masked in them). Changing
   * authorized_borrowers needs SUPERVISOR or MANAGER. A retired key is
   * FAILED_PRECONDITION reason KEY_RETIRED.
   */
  UpdateKey: grpc.handleUnaryCall<_frontdesk_v1_UpdateKeyRequest__Output, _frontdesk_v1_Key>;
  
  UpdateVisitorSettings: grpc.handleUnaryCall<_frontdesk_v1_UpdateVisitorSettingsRequest__Output, _frontdesk_v1_VisitorSettings>;
  
}

export interface VisitorServiceDefinition extends grpc.ServiceDefinition {
  CancelVisitorPass: MethodDefinition<_frontdesk_v1_CancelVisitorPassRequest, _frontdesk_v1_VisitorPass, _frontdesk_v1_CancelVisitorPassRequest__Output, _frontdesk_v1_VisitorPass__Output>
  CheckInVisitor: MethodDefinition<_frontdesk_v1_CheckInVisitorRequest, _frontdesk_v1_Visit, _frontdesk_v1_CheckInVisitorRequest__Output, _frontdesk_v1_Visit__Output>
  CheckOutVisitor: MethodDefinition<_frontdesk_v1_CheckOutVisitorRequest, _frontdesk_v1_Visit, _frontdesk_v1_CheckOutVisitorRequest__Output, _frontdesk_v1_Visit__Output>
  CreateKey: MethodDefinition<_frontdesk_v1_CreateKeyRequest, _frontdesk_v1_Key, _frontdesk_v1_CreateKeyRequest__Output, _frontdesk_v1_Key__Output>
  CreateRefusal: MethodDefinition<_frontdesk_v1_CreateRefusalRequest, _frontdesk_v1_Refusal, _frontdesk_v1_CreateRefusalRequest__Output, _frontdesk_v1_Refusal__Output>
  CreateVisitorPass: MethodDefinition<_frontdesk_v1_CreateVisitorPassRequest, _frontdesk_v1_VisitorPass, _frontdesk_v1_CreateVisitorPassRequest__Output, _frontdesk_v1_VisitorPass__Output>
  CreateWatchlistEntry: MethodDefinition<_frontdesk_v1_CreateWatchlistEntryRequest, _frontdesk_v1_WatchlistEntry, _frontdesk_v1_CreateWatchlistEntryRequest__Output, _frontdesk_v1_WatchlistEntry__Output>
  DeleteWatchlistEntry: MethodDefinition<_frontdesk_v1_DeleteWatchlistEntryRequest, _frontdesk_v1_WatchlistEntry, _frontdesk_v1_DeleteWatchlistEntryRequest__Output, _frontdesk_v1_WatchlistEntry__Output>
  GetKey: MethodDefinition<_frontdesk_v1_GetKeyRequest, _frontdesk_v1_Key, _frontdesk_v1_GetKeyRequest__Output, _frontdesk_v1_Key__Output>
  GetVisit: MethodDefinition<_frontdesk_v1_GetVisitRequest, _frontdesk_v1_Visit, _frontdesk_v1_GetVisitRequest__Output, _frontdesk_v1_Visit__Output>
  GetVisitorPass: MethodDefinition<_frontdesk_v1_GetVisitorPassRequest, _frontdesk_v1_VisitorPass, _frontdesk_v1_GetVisitorPassRequest__Output, _frontdesk_v1_VisitorPass__Output>
  GetVisitorSettings: MethodDefinition<_frontdesk_v1_GetVisitorSettingsRequest, _frontdesk_v1_VisitorSettings, _frontdesk_v1_GetVisitorSettingsRequest__Output, _frontdesk_v1_VisitorSettings__Output>
  LendKey: MethodDefinition<_frontdesk_v1_LendKeyRequest, _frontdesk_v1_Key, _frontdesk_v1_LendKeyRequest__Output, _frontdesk_v1_Key__Output>
  ListKeyEvents: MethodDefinition<_frontdesk_v1_ListKeyEventsRequest, _frontdesk_v1_ListKeyEventsResponse, _frontdesk_v1_ListKeyEventsRequest__Output, _frontdesk_v1_ListKeyEventsResponse__Output>
  ListKeys: MethodDefinition<_frontdesk_v1_ListKeysRequest, _frontdesk_v1_ListKeysResponse, _frontdesk_v1_ListKeysRequest__Output, _frontdesk_v1_ListKeysResponse__Output>
  ListRefusals: MethodDefinition<_frontdesk_v1_ListRefusalsRequest, _frontdesk_v1_ListRefusalsResponse, _frontdesk_v1_ListRefusalsRequest__Output, _frontdesk_v1_ListRefusalsResponse__Output>
  ListSensitiveDataAccesses: MethodDefinition<_frontdesk_v1_ListSensitiveDataAccessesRequest, _frontdesk_v1_ListSensitiveDataAccessesResponse, _frontdesk_v1_ListSensitiveDataAccessesRequest__Output, _frontdesk_v1_ListSensitiveDataAccessesResponse__Output>
  ListVisitorAlerts: MethodDefinition<_frontdesk_v1_ListVisitorAlertsRequest, _frontdesk_v1_ListVisitorAlertsResponse, _frontdesk_v1_ListVisitorAlertsRequest__Output, _frontdesk_v1_ListVisitorAlertsResponse__Output>
  ListVisitorPasses: MethodDefinition<_frontdesk_v1_ListVisitorPassesRequest, _frontdesk_v1_ListVisitorPassesResponse, _frontdesk_v1_ListVisitorPassesRequest__Output, _frontdesk_v1_ListVisitorPassesResponse__Output>
  ListVisits: MethodDefinition<_frontdesk_v1_ListVisitsRequest, _frontdesk_v1_ListVisitsResponse, _frontdesk_v1_ListVisitsRequest__Output, _frontdesk_v1_ListVisitsResponse__Output>
  ListWatchlistEntries: MethodDefinition<_frontdesk_v1_ListWatchlistEntriesRequest, _frontdesk_v1_ListWatchlistEntriesResponse, _frontdesk_v1_ListWatchlistEntriesRequest__Output, _frontdesk_v1_ListWatchlistEntriesResponse__Output>
  RetireKey: MethodDefinition<_frontdesk_v1_RetireKeyRequest, _frontdesk_v1_Key, _frontdesk_v1_RetireKeyRequest__Output, _frontdesk_v1_Key__Output>
  ReturnKey: MethodDefinition<_frontdesk_v1_ReturnKeyRequest, _frontdesk_v1_Key, _frontdesk_v1_ReturnKeyRequest__Output, _frontdesk_v1_Key__Output>
  UpdateKey: MethodDefinition<_frontdesk_v1_UpdateKeyRequest, _frontdesk_v1_Key, _frontdesk_v1_UpdateKeyRequest__Output, _frontdesk_v1_Key__Output>
  UpdateVisitorSettings: MethodDefinition<_frontdesk_v1_UpdateVisitorSettingsRequest, _frontdesk_v1_VisitorSettings, _frontdesk_v1_UpdateVisitorSettingsRequest__Output, _frontdesk_v1_VisitorSettings__Output>
}
