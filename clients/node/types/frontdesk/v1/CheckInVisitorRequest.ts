// Original file: ../../protos/frontdesk/v1/visitor_service.proto

import type { Visit as _frontdesk_v1_Visit, Visit__Output as _frontdesk_v1_Visit__Output } from '../../frontdesk/v1/Visit';
import type { SupervisorAuthorization as _frontdesk_v1_SupervisorAuthorization, SupervisorAuthorization__Output as _frontdesk_v1_SupervisorAuthorization__Output } from '../../frontdesk/v1/SupervisorAuthorization';

export interface CheckInVisitorRequest {
  /**
   * "sites/{site}". Required.
   */
  'parent'?: (string);
  /**
   * name, status, times, registered_by and other output-only fields are
   * ignored.
   */
  'visit'?: (_frontdesk_v1_Visit | null);
  /**
   * Optional pre-registration code (see VisitorPass).
   */
  'passCode'?: (string);
  /**
   * Admits a visitor without an identity document.
   */
  'documentWaiver'?: (_frontdesk_v1_SupervisorAuthorization | null);
  'requestId'?: (string);
}

export interface CheckInVisitorRequest__Output {
  /**
   * "sites/{site}". Required.
   */
  'parent': (string);
  /**
   * name, status, times, registered_by and other output-only fields are
   * ignored.
   */
  'visit': (_frontdesk_v1_Visit__Output | null);
  /**
   * Optional pre-registration code (see VisitorPass).
   */
  'passCode': (string);
  /**
   * Admits a visitor without an identity document.
   */
  'documentWaiver': (_frontdesk_v1_SupervisorAuthorization__Output | null);
  'requestId': (string);
}
