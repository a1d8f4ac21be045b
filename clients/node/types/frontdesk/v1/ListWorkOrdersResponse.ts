// Original file: ../../protos/frontdesk/v1/ticket_service.proto

import type { WorkOrder as _frontdesk_v1_WorkOrder, WorkOrder__Output as _frontdesk_v1_WorkOrder__Output } from '../../frontdesk/v1/WorkOrder';

export interface ListWorkOrdersResponse {
  'workOrders'?: (_frontdesk_v1_WorkOrder)[];
  'nextPageToken'?: (string);
}

export interface ListWorkOrdersResponse__Output {
  'workOrders': (_frontdesk_v1_WorkOrder__Output)[];
  'nextPageToken': (string);
}
