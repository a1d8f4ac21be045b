// Original file: ../../protos/frontdesk/v1/ticket_service.proto

/**
 * Who a ticket has been reported to.
 */
export const EscalationLevel = {
  /**
   * not escalated
   */
  ESCALATION_LEVEL_UNSPECIFIED: 'ESCALATION_LEVEL_UNSPECIFIED',
  /**
   * 客服主管
   */
  ESCALATION_LEVEL_SUPERVISOR: 'ESCALATION_LEVEL_SUPERVISOR',
  /**
   * 管理处主任
   */
  ESCALATION_LEVEL_MANAGER: 'ESCALATION_LEVEL_MANAGER',
} as const;

/**
 * Who a ticket has been reported to.
 */
export type EscalationLevel =
  /**
   * not escalated
   */
  | 'ESCALATION_LEVEL_UNSPECIFIED'
  | 0
  /**
   * 客服主管
   */
  | 'ESCALATION_LEVEL_SUPERVISOR'
  | 1
  /**
   * 管理处主任
   */
  | 'ESCALATION_LEVEL_MANAGER'
  | 2

/**
 * Who a ticket has been reported to.
 */
export type EscalationLevel__Output = typeof EscalationLevel[keyof typeof EscalationLevel]
