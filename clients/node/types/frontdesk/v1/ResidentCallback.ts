// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/directory_service.proto

export const _frontdesk_v1_ResidentCallback_Result = {
  RESULT_UNSPECIFIED: 'RESULT_UNSPECIFIED',
  /**
   * The resident was reached and gave a rating: the unit's duty for the
   * period is done.
   */
  REACHED: 'REACHED',
  /**
   * Nobody answered; recorded, but the unit is still due.
   */
  UNREACHABLE: 'UNREACHABLE',
} as const;

export type _frontdesk_v1_ResidentCallback_Result =
  | 'RESULT_UNSPECIFIED'
  | 0
  /**
   * The resident was reached and gave a rating: the unit's duty for the
   * period is done.
   */
  | 'REACHED'
  | 1
  /**
   * Nobody answered; recorded, but the unit is still due.
   */
  | 'UNREACHABLE'
  | 2

export type _frontdesk_v1_ResidentCallback_Result__Output = typeof _frontdesk_v1_ResidentCallback_Result[keyof typeof _frontdesk_v1_ResidentCallback_Result]

/**
 * One periodic callback (回访) of a unit's residents by the site's desk, as
 * the callback plan counts it (ReportService.GetResidentCallbackPlan). Not
 * a ticket's callback (TicketCallback): this one is owed to every unit on
 * a schedule, whether or not it reported anything. Append-only.
 */
export interface ResidentCallback {
  /**
   * "sites/{site}/units/{unit}/residentCallbacks/{id}". Output only.
   */
  'name'?: (string);
  /**
   * Required.
   */
  'result'?: (_frontdesk_v1_ResidentCallback_Result);
  /**
   * 1..5 when REACHED (the scale of TicketCallback.rating: 5 VERY_SATISFIED
   * .. 1 VERY_UNSATISFIED), 0 when UNREACHABLE.
   */
  'rating'?: (number);
  /**
   * What the resident said, 0..500 characters. No personal data beyond it.
   */
  'comment'?: (string);
  /**
   * "staff/{staff}": the caller of CreateResidentCallback. Output only.
   */
  'caller'?: (string);
  /**
   * output only
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * One periodic callback (回访) of a unit's residents by the site's desk, as
 * the callback plan counts it (ReportService.GetResidentCallbackPlan). Not
 * a ticket's callback (TicketCallback): this one is owed to every unit on
 * a schedule, whether or not it reported anything. Append-only.
 */
export interface ResidentCallback__Output {
  /**
   * "sites/{site}/units/{unit}/residentCallbacks/{id}". Output only.
   */
  'name': (string);
  /**
   * Required.
   */
  'result': (_frontdesk_v1_ResidentCallback_Result__Output);
  /**
   * 1..5 when REACHED (the scale of TicketCallback.rating: 5 VERY_SATISFIED
   * .. 1 VERY_UNSATISFIED), 0 when UNREACHABLE.
   */
  'rating': (number);
  /**
   * What the resident said, 0..500 characters. No personal data beyond it.
   */
  'comment': (string);
  /**
   * "staff/{staff}": the caller of CreateResidentCallback. Output only.
   */
  'caller': (string);
  /**
   * output only
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
