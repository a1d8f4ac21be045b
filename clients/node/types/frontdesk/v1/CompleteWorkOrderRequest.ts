// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { _frontdesk_v1_WorkOrder_Material, _frontdesk_v1_WorkOrder_Material__Output } from '../../frontdesk/v1/WorkOrder';

export interface CompleteWorkOrderRequest {
  /**
   * "sites/{site}/tickets/{ticket}/workOrders/{work_order}".
   */
  'name'?: (string);
  /**
   * 1..2000 characters
   */
  'workDone'?: (string);
  'labourHours'?: (number | string);
  'materials'?: (_frontdesk_v1_WorkOrder_Material)[];
  'acceptedByReporter'?: (boolean);
  'acceptanceNote'?: (string);
  'requestId'?: (string);
}

export interface CompleteWorkOrderRequest__Output {
  /**
   * "sites/{site}/tickets/{ticket}/workOrders/{work_order}".
   */
  'name': (string);
  /**
   * 1..2000 characters
   */
  'workDone': (string);
  'labourHours': (number);
  'materials': (_frontdesk_v1_WorkOrder_Material__Output)[];
  'acceptedByReporter': (boolean);
  'acceptanceNote': (string);
  'requestId': (string);
}
