// Original file: ../../protos/frontdesk/v1/ticket_service.proto

/**
 * Who must act on a repair, by responsibility (004 §4.1).
 */
export const RepairRoute = {
  REPAIR_ROUTE_UNSPECIFIED: 'REPAIR_ROUTE_UNSPECIFIED',
  /**
   * 工程类: past warranty, a service work order to the maintenance department.
   */
  REPAIR_ROUTE_OWN_MAINTENANCE: 'REPAIR_ROUTE_OWN_MAINTENANCE',
  /**
   * 整改类: inside warranty, a liaison form signed off by the site manager and
   * acknowledged by the developer's project team.
   */
  REPAIR_ROUTE_DEVELOPER_WARRANTY: 'REPAIR_ROUTE_DEVELOPER_WARRANTY',
  /**
   * 其他类: telecom, broadband, water heater, intercom, door makers — the
   * vendor must come within its own deadline and report back.
   */
  REPAIR_ROUTE_EXTERNAL_VENDOR: 'REPAIR_ROUTE_EXTERNAL_VENDOR',
  /**
   * 沟通类: needs several parties; expected to take more than two days. A
   * coordination dispatch is a promise to the resident: the promised time
   * given (at least 2 days after the dispatch, else
   * COORDINATION_PROMISE_TOO_SHORT) or by default create_time + the
   * policy's coordination window (3 days), never less than 2 days after the
   * dispatch; and the resident is told the same day (a resident notice).
   */
  REPAIR_ROUTE_COORDINATION: 'REPAIR_ROUTE_COORDINATION',
} as const;

/**
 * Who must act on a repair, by responsibility (004 §4.1).
 */
export type RepairRoute =
  | 'REPAIR_ROUTE_UNSPECIFIED'
  | 0
  /**
   * 工程类: past warranty, a service work order to the maintenance department.
   */
  | 'REPAIR_ROUTE_OWN_MAINTENANCE'
  | 1
  /**
   * 整改类: inside warranty, a liaison form signed off by the site manager and
   * acknowledged by the developer's project team.
   */
  | 'REPAIR_ROUTE_DEVELOPER_WARRANTY'
  | 2
  /**
   * 其他类: telecom, broadband, water heater, intercom, door makers — the
   * vendor must come within its own deadline and report back.
   */
  | 'REPAIR_ROUTE_EXTERNAL_VENDOR'
  | 3
  /**
   * 沟通类: needs several parties; expected to take more than two days. A
   * coordination dispatch is a promise to the resident: the promised time
   * given (at least 2 days after the dispatch, else
   * COORDINATION_PROMISE_TOO_SHORT) or by default create_time + the
   * policy's coordination window (3 days), never less than 2 days after the
   * dispatch; and the resident is told the same day (a resident notice).
   */
  | 'REPAIR_ROUTE_COORDINATION'
  | 4

/**
 * Who must act on a repair, by responsibility (004 §4.1).
 */
export type RepairRoute__Output = typeof RepairRoute[keyof typeof RepairRoute]
