import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CancelVisitorPassRequest as _frontdesk_v1_CancelVisitorPassRequest, CancelVisitorPassRequest__Output as _frontdesk_v1_CancelVisitorPassRequest__Output } from './frontdesk/v1/CancelVisitorPassRequest';
import type { CheckInVisitorRequest as _frontdesk_v1_CheckInVisitorRequest, CheckInVisitorRequest__Output as _frontdesk_v1_CheckInVisitorRequest__Output } from './frontdesk/v1/CheckInVisitorRequest';
import type { CheckOutVisitorRequest as _frontdesk_v1_CheckOutVisitorRequest, CheckOutVisitorRequest__Output as _frontdesk_v1_CheckOutVisitorRequest__Output } from './frontdesk/v1/CheckOutVisitorRequest';
import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from './frontdesk/v1/Contact';
import type { CreateKeyRequest as _frontdesk_v1_CreateKeyRequest, CreateKeyRequest__Output as _frontdesk_v1_CreateKeyRequest__Output } from './frontdesk/v1/CreateKeyRequest';
import type { CreateRefusalRequest as _frontdesk_v1_CreateRefusalRequest, CreateRefusalRequest__Output as _frontdesk_v1_CreateRefusalRequest__Output } from './frontdesk/v1/CreateRefusalRequest';
import type { CreateVisitorPassRequest as _frontdesk_v1_CreateVisitorPassRequest, CreateVisitorPassRequest__Output as _frontdesk_v1_CreateVisitorPassRequest__Output } from './frontdesk/v1/CreateVisitorPassRequest';
import type { CreateWatchlistEntryRequest as _frontdesk_v1_CreateWatchlistEntryRequest, CreateWatchlistEntryRequest__Output as _frontdesk_v1_CreateWatchlistEntryRequest__Output } from './frontdesk/v1/CreateWatchlistEntryRequest';
import type { DeleteWatchlistEntryRequest as _frontdesk_v1_DeleteWatchlistEntryRequest, DeleteWatchlistEntryRequest__Output as _frontdesk_v1_DeleteWatchlistEntryRequest__Output } from './frontdesk/v1/DeleteWatchlistEntryRequest';
import type { FieldChange as _frontdesk_v1_FieldChange, FieldChange__Output as _frontdesk_v1_FieldChange__Output } from './frontdesk/v1/FieldChange';
import type { GetKeyRequest as _frontdesk_v1_GetKeyRequest, GetKeyRequest__Output as _frontdesk_v1_GetKeyRequest__Output } from './frontdesk/v1/GetKeyRequest';
import type { GetVisitRequest as _frontdesk_v1_GetVisitRequest, GetVisitRequest__Output as _frontdesk_v1_GetVisitRequest__Output } from './frontdesk/v1/GetVisitRequest';
import type { GetVisitorPassRequest as _frontdesk_v1_GetVisitorPassRequest, GetVisitorPassRequest__Output as _frontdesk_v1_GetVisitorPassRequest__Output } from './frontdesk/v1/GetVisitorPassRequest';
import type { GetVisitorSettingsRequest as _frontdesk_v1_GetVisitorSettingsRequest, GetVisitorSettingsRequest__Output as _frontdesk_v1_GetVisitorSettingsRequest__Output } from './frontdesk/v1/GetVisitorSettingsRequest';
import type { IdentityDocument as _frontdesk_v1_IdentityDocument, IdentityDocument__Output as _frontdesk_v1_IdentityDocument__Output } from './frontdesk/v1/IdentityDocument';
import type { Key as _frontdesk_v1_Key, Key__Output as _frontdesk_v1_Key__Output } from './frontdesk/v1/Key';
import type { KeyBorrower as _frontdesk_v1_KeyBorrower, KeyBorrower__Output as _frontdesk_v1_KeyBorrower__Output } from './frontdesk/v1/KeyBorrower';
import type { KeyEvent as _frontdesk_v1_KeyEvent, KeyEvent__Output as _frontdesk_v1_KeyEvent__Output } from './frontdesk/v1/KeyEvent';
import type { LendKeyRequest as _frontdesk_v1_LendKeyRequest, LendKeyRequest__Output as _frontdesk_v1_LendKeyRequest__Output } from './frontdesk/v1/LendKeyRequest';
import type { ListKeyEventsRequest as _frontdesk_v1_ListKeyEventsRequest, ListKeyEventsRequest__Output as _frontdesk_v1_ListKeyEventsRequest__Output } from './frontdesk/v1/ListKeyEventsRequest';
import type { ListKeyEventsResponse as _frontdesk_v1_ListKeyEventsResponse, ListKeyEventsResponse__Output as _frontdesk_v1_ListKeyEventsResponse__Output } from './frontdesk/v1/ListKeyEventsResponse';
import type { ListKeysRequest as _frontdesk_v1_ListKeysRequest, ListKeysRequest__Output as _frontdesk_v1_ListKeysRequest__Output } from './frontdesk/v1/ListKeysRequest';
import type { ListKeysResponse as _frontdesk_v1_ListKeysResponse, ListKeysResponse__Output as _frontdesk_v1_ListKeysResponse__Output } from './frontdesk/v1/ListKeysResponse';
import type { ListRefusalsRequest as _frontdesk_v1_ListRefusalsRequest, ListRefusalsRequest__Output as _frontdesk_v1_ListRefusalsRequest__Output } from './frontdesk/v1/ListRefusalsRequest';
import type { ListRefusalsResponse as _frontdesk_v1_ListRefusalsResponse, ListRefusalsResponse__Output as _frontdesk_v1_ListRefusalsResponse__Output } from './frontdesk/v1/ListRefusalsResponse';
import type { ListSensitiveDataAccessesRequest as _frontdesk_v1_ListSensitiveDataAccessesRequest, ListSensitiveDataAccessesRequest__Output as _frontdesk_v1_ListSensitiveDataAccessesRequest__Output } from './frontdesk/v1/ListSensitiveDataAccessesRequest';
import type { ListSensitiveDataAccessesResponse as _frontdesk_v1_ListSensitiveDataAccessesResponse, ListSensitiveDataAccessesResponse__Output as _frontdesk_v1_ListSensitiveDataAccessesResponse__Output } from './frontdesk/v1/ListSensitiveDataAccessesResponse';
import type { ListVisitorAlertsRequest as _frontdesk_v1_ListVisitorAlertsRequest, ListVisitorAlertsRequest__Output as _frontdesk_v1_ListVisitorAlertsRequest__Output } from './frontdesk/v1/ListVisitorAlertsRequest';
import type { ListVisitorAlertsResponse as _frontdesk_v1_ListVisitorAlertsResponse, ListVisitorAlertsResponse__Output as _frontdesk_v1_ListVisitorAlertsResponse__Output } from './frontdesk/v1/ListVisitorAlertsResponse';
import type { ListVisitorPassesRequest as _frontdesk_v1_ListVisitorPassesRequest, ListVisitorPassesRequest__Output as _frontdesk_v1_ListVisitorPassesRequest__Output } from './frontdesk/v1/ListVisitorPassesRequest';
import type { ListVisitorPassesResponse as _frontdesk_v1_ListVisitorPassesResponse, ListVisitorPassesResponse__Output as _frontdesk_v1_ListVisitorPassesResponse__Output } from './frontdesk/v1/ListVisitorPassesResponse';
import type { ListVisitsRequest as _frontdesk_v1_ListVisitsRequest, ListVisitsRequest__Output as _frontdesk_v1_ListVisitsRequest__Output } from './frontdesk/v1/ListVisitsRequest';
import type { ListVisitsResponse as _frontdesk_v1_ListVisitsResponse, ListVisitsResponse__Output as _frontdesk_v1_ListVisitsResponse__Output } from './frontdesk/v1/ListVisitsResponse';
import type { ListWatchlistEntriesRequest as _frontdesk_v1_ListWatchlistEntriesRequest, ListWatchlistEntriesRequest__Output as _frontdesk_v1_ListWatchlistEntriesRequest__Output } from './frontdesk/v1/ListWatchlistEntriesRequest';
import type { ListWatchlistEntriesResponse as _frontdesk_v1_ListWatchlistEntriesResponse, ListWatchlistEntriesResponse__Output as _frontdesk_v1_ListWatchlistEntriesResponse__Output } from './frontdesk/v1/ListWatchlistEntriesResponse';
import type { Refusal as _frontdesk_v1_Refusal, Refusal__Output as _frontdesk_v1_Refusal__Output } from './frontdesk/v1/Refusal';
import type { RetireKeyRequest as _frontdesk_v1_RetireKeyRequest, RetireKeyRequest__Output as _frontdesk_v1_RetireKeyRequest__Output } from './frontdesk/v1/RetireKeyRequest';
import type { ReturnKeyRequest as _frontdesk_v1_ReturnKeyRequest, ReturnKeyRequest__Output as _frontdesk_v1_ReturnKeyRequest__Output } from './frontdesk/v1/ReturnKeyRequest';
import type { SensitiveDataAccess as _frontdesk_v1_SensitiveDataAccess, SensitiveDataAccess__Output as _frontdesk_v1_SensitiveDataAccess__Output } from './frontdesk/v1/SensitiveDataAccess';
import type { SupervisorAuthorization as _frontdesk_v1_SupervisorAuthorization, SupervisorAuthorization__Output as _frontdesk_v1_SupervisorAuthorization__Output } from './frontdesk/v1/SupervisorAuthorization';
import type { UpdateKeyRequest as _frontdesk_v1_UpdateKeyRequest, UpdateKeyRequest__Output as _frontdesk_v1_UpdateKeyRequest__Output } from './frontdesk/v1/UpdateKeyRequest';
import type { UpdateVisitorSettingsRequest as _frontdesk_v1_UpdateVisitorSettingsRequest, UpdateVisitorSettingsRequest__Output as _frontdesk_v1_UpdateVisitorSettingsRequest__Output } from './frontdesk/v1/UpdateVisitorSettingsRequest';
import type { Visit as _frontdesk_v1_Visit, Visit__Output as _frontdesk_v1_Visit__Output } from './frontdesk/v1/Visit';
import type { Visitor as _frontdesk_v1_Visitor, Visitor__Output as _frontdesk_v1_Visitor__Output } from './frontdesk/v1/Visitor';
import type { VisitorAlert as _frontdesk_v1_VisitorAlert, VisitorAlert__Output as _frontdesk_v1_VisitorAlert__Output } from './frontdesk/v1/VisitorAlert';
import type { VisitorPass as _frontdesk_v1_VisitorPass, VisitorPass__Output as _frontdesk_v1_VisitorPass__Output } from './frontdesk/v1/VisitorPass';
import type { VisitorServiceClient as _frontdesk_v1_VisitorServiceClient, VisitorServiceDefinition as _frontdesk_v1_VisitorServiceDefinition } from './frontdesk/v1/VisitorService';
import type { VisitorSettings as _frontdesk_v1_VisitorSettings, VisitorSettings__Output as _frontdesk_v1_VisitorSettings__Output } from './frontdesk/v1/VisitorSettings';
import type { WatchlistEntry as _frontdesk_v1_WatchlistEntry, WatchlistEntry__Output as _frontdesk_v1_WatchlistEntry__Output } from './frontdesk/v1/WatchlistEntry';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  frontdesk: {
    v1: {
      CancelVisitorPassRequest: MessageTypeDefinition<_frontdesk_v1_CancelVisitorPassRequest, _frontdesk_v1_CancelVisitorPassRequest__Output>
      CheckInVisitorRequest: MessageTypeDefinition<_frontdesk_v1_CheckInVisitorRequest, _frontdesk_v1_CheckInVisitorRequest__Output>
      CheckOutVisitorRequest: MessageTypeDefinition<_frontdesk_v1_CheckOutVisitorRequest, _frontdesk_v1_CheckOutVisitorRequest__Output>
      Contact: MessageTypeDefinition<_frontdesk_v1_Contact, _frontdesk_v1_Contact__Output>
      CreateKeyRequest: MessageTypeDefinition<_frontdesk_v1_CreateKeyRequest, _frontdesk_v1_CreateKeyRequest__Output>
      CreateRefusalRequest: MessageTypeDefinition<_frontdesk_v1_CreateRefusalRequest, _frontdesk_v1_CreateRefusalRequest__Output>
      CreateVisitorPassRequest: MessageTypeDefinition<_frontdesk_v1_CreateVisitorPassRequest, _frontdesk_v1_CreateVisitorPassRequest__Output>
      CreateWatchlistEntryRequest: MessageTypeDefinition<_frontdesk_v1_CreateWatchlistEntryRequest, _frontdesk_v1_CreateWatchlistEntryRequest__Output>
      DeleteWatchlistEntryRequest: MessageTypeDefinition<_frontdesk_v1_DeleteWatchlistEntryRequest, _frontdesk_v1_DeleteWatchlistEntryRequest__Output>
      FieldChange: MessageTypeDefinition<_frontdesk_v1_FieldChange, _frontdesk_v1_FieldChange__Output>
      GetKeyRequest: MessageTypeDefinition<_frontdesk_v1_GetKeyRequest, _frontdesk_v1_GetKeyRequest__Output>
      GetVisitRequest: MessageTypeDefinition<_frontdesk_v1_GetVisitRequest, _frontdesk_v1_GetVisitRequest__Output>
      GetVisitorPassRequest: MessageTypeDefinition<_frontdesk_v1_GetVisitorPassRequest, _frontdesk_v1_GetVisitorPassRequest__Output>
      GetVisitorSettingsRequest: MessageTypeDefinition<_frontdesk_v1_GetVisitorSettingsRequest, _frontdesk_v1_GetVisitorSettingsRequest__Output>
      IdentityDocument: MessageTypeDefinition<_frontdesk_v1_IdentityDocument, _frontdesk_v1_IdentityDocument__Output>
      Key: MessageTypeDefinition<_frontdesk_v1_Key, _frontdesk_v1_Key__Output>
      KeyBorrower: MessageTypeDefinition<_frontdesk_v1_KeyBorrower, _frontdesk_v1_KeyBorrower__Output>
      KeyEvent: MessageTypeDefinition<_frontdesk_v1_KeyEvent, _frontdesk_v1_KeyEvent__Output>
      LendKeyRequest: MessageTypeDefinition<_frontdesk_v1_LendKeyRequest, _frontdesk_v1_LendKeyRequest__Output>
      ListKeyEventsRequest: MessageTypeDefinition<_frontdesk_v1_ListKeyEventsRequest, _frontdesk_v1_ListKeyEventsRequest__Output>
      ListKeyEventsResponse: MessageTypeDefinition<_frontdesk_v1_ListKeyEventsResponse, _frontdesk_v1_ListKeyEventsResponse__Output>
      ListKeysRequest: MessageTypeDefinition<_frontdesk_v1_ListKeysRequest, _frontdesk_v1_ListKeysRequest__Output>
      ListKeysResponse: MessageTypeDefinition<_frontdesk_v1_ListKeysResponse, _frontdesk_v1_ListKeysResponse__Output>
      ListRefusalsRequest: MessageTypeDefinition<_frontdesk_v1_ListRefusalsRequest, _frontdesk_v1_ListRefusalsRequest__Output>
      ListRefusalsResponse: MessageTypeDefinition<_frontdesk_v1_ListRefusalsResponse, _frontdesk_v1_ListRefusalsResponse__Output>
      ListSensitiveDataAccessesRequest: MessageTypeDefinition<_frontdesk_v1_ListSensitiveDataAccessesRequest, _frontdesk_v1_ListSensitiveDataAccessesRequest__Output>
      ListSensitiveDataAccessesResponse: MessageTypeDefinition<_frontdesk_v1_ListSensitiveDataAccessesResponse, _frontdesk_v1_ListSensitiveDataAccessesResponse__Output>
      ListVisitorAlertsRequest: MessageTypeDefinition<_frontdesk_v1_ListVisitorAlertsRequest, _frontdesk_v1_ListVisitorAlertsRequest__Output>
      ListVisitorAlertsResponse: MessageTypeDefinition<_frontdesk_v1_ListVisitorAlertsResponse, _frontdesk_v1_ListVisitorAlertsResponse__Output>
      ListVisitorPassesRequest: MessageTypeDefinition<_frontdesk_v1_ListVisitorPassesRequest, _frontdesk_v1_ListVisitorPassesRequest__Output>
      ListVisitorPassesResponse: MessageTypeDefinition<_frontdesk_v1_ListVisitorPassesResponse, _frontdesk_v1_ListVisitorPassesResponse__Output>
      ListVisitsRequest: MessageTypeDefinition<_frontdesk_v1_ListVisitsRequest, _frontdesk_v1_ListVisitsRequest__Output>
      ListVisitsResponse: MessageTypeDefinition<_frontdesk_v1_ListVisitsResponse, _frontdesk_v1_ListVisitsResponse__Output>
      ListWatchlistEntriesRequest: MessageTypeDefinition<_frontdesk_v1_ListWatchlistEntriesRequest, _frontdesk_v1_ListWatchlistEntriesRequest__Output>
      ListWatchlistEntriesResponse: MessageTypeDefinition<_frontdesk_v1_ListWatchlistEntriesResponse, _frontdesk_v1_ListWatchlistEntriesResponse__Output>
      Refusal: MessageTypeDefinition<_frontdesk_v1_Refusal, _frontdesk_v1_Refusal__Output>
      RetireKeyRequest: MessageTypeDefinition<_frontdesk_v1_RetireKeyRequest, _frontdesk_v1_RetireKeyRequest__Output>
      ReturnKeyRequest: MessageTypeDefinition<_frontdesk_v1_ReturnKeyRequest, _frontdesk_v1_ReturnKeyRequest__Output>
      SensitiveDataAccess: MessageTypeDefinition<_frontdesk_v1_SensitiveDataAccess, _frontdesk_v1_SensitiveDataAccess__Output>
      SupervisorAuthorization: MessageTypeDefinition<_frontdesk_v1_SupervisorAuthorization, _frontdesk_v1_SupervisorAuthorization__Output>
      UpdateKeyRequest: MessageTypeDefinition<_frontdesk_v1_UpdateKeyRequest, _frontdesk_v1_UpdateKeyRequest__Output>
      UpdateVisitorSettingsRequest: MessageTypeDefinition<_frontdesk_v1_UpdateVisitorSettingsRequest, _frontdesk_v1_UpdateVisitorSettingsRequest__Output>
      Visit: MessageTypeDefinition<_frontdesk_v1_Visit, _frontdesk_v1_Visit__Output>
      Visitor: MessageTypeDefinition<_frontdesk_v1_Visitor, _frontdesk_v1_Visitor__Output>
      VisitorAlert: MessageTypeDefinition<_frontdesk_v1_VisitorAlert, _frontdesk_v1_VisitorAlert__Output>
      VisitorPass: MessageTypeDefinition<_frontdesk_v1_VisitorPass, _frontdesk_v1_VisitorPass__Output>
      VisitorService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_VisitorServiceClient> & { service: _frontdesk_v1_VisitorServiceDefinition }
      VisitorSettings: MessageTypeDefinition<_frontdesk_v1_VisitorSettings, _frontdesk_v1_VisitorSettings__Output>
      WatchlistEntry: MessageTypeDefinition<_frontdesk_v1_WatchlistEntry, _frontdesk_v1_WatchlistEntry__Output>
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

