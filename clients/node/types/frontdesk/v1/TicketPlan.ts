// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * A handling plan (整改方案) agreed by the department at fault for a
 * complaint (AgreeTicketPlan). The ticket shows the latest; the history
 * keeps every one.
 */
export interface TicketPlan {
  /**
   * "sites/{site}/departments/{department}" of the ticket's site.
   */
  'department'?: (string);
  /**
   * "staff/{staff}" who agreed it for the department: the approver (see
   * AgreeTicketPlan), never a name merely typed.
   */
  'agreedBy'?: (string);
  /**
   * The plan, 1..1000 characters.
   */
  'plan'?: (string);
  /**
   * When the department expects to have finished; it became the ticket's
   * promise.
   */
  'finishTime'?: (_google_protobuf_Timestamp | null);
  /**
   * "staff/{staff}" who recorded it at the desk.
   */
  'recordedBy'?: (string);
  'agreeTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A handling plan (整改方案) agreed by the department at fault for a
 * complaint (AgreeTicketPlan). The ticket shows the latest; the history
 * keeps every one.
 */
export interface TicketPlan__Output {
  /**
   * "sites/{site}/departments/{department}" of the ticket's site.
   */
  'department': (string);
  /**
   * "staff/{staff}" who agreed it for the department: the approver (see
   * AgreeTicketPlan), never a name merely typed.
   */
  'agreedBy': (string);
  /**
   * The plan, 1..1000 characters.
   */
  'plan': (string);
  /**
   * When the department expects to have finished; it became the ticket's
   * promise.
   */
  'finishTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * "staff/{staff}" who recorded it at the desk.
   */
  'recordedBy': (string);
  'agreeTime': (_google_protobuf_Timestamp__Output | null);
}
