// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ConfirmArrivalRequest {
  /**
   * "sites/{site}/tickets/{ticket}/workOrders/{work_order}".
   */
  'name'?: (string);
  'requestId'?: (string);
}

export interface ConfirmArrivalRequest__Output {
  /**
   * "sites/{site}/tickets/{ticket}/workOrders/{work_order}".
   */
  'name': (string);
  'requestId': (string);
}
