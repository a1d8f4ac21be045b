// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { InventoryCount as _frontdesk_v1_InventoryCount, InventoryCount__Output as _frontdesk_v1_InventoryCount__Output } from '../../frontdesk/v1/InventoryCount';

export interface AcceptHandoverRequest {
  'name'?: (string);
  /**
   * Every item's id.
   */
  'acknowledgedItemIds'?: (number)[];
  /**
   * Significant items both shifts finished before the handover.
   */
  'finishedTogetherItemIds'?: (number)[];
  /**
   * At most 2000 characters.
   */
  'incomingRemarks'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
  /**
   * One count per item of the site's inventory checklist (INVALID_ARGUMENT
   * naming the missing item otherwise).
   */
  'inventoryCounts'?: (_frontdesk_v1_InventoryCount)[];
}

export interface AcceptHandoverRequest__Output {
  'name': (string);
  /**
   * Every item's id.
   */
  'acknowledgedItemIds': (number)[];
  /**
   * Significant items both shifts finished before the handover.
   */
  'finishedTogetherItemIds': (number)[];
  /**
   * At most 2000 characters.
   */
  'incomingRemarks': (string);
  'etag': (string);
  'requestId': (string);
  /**
   * One count per item of the site's inventory checklist (INVALID_ARGUMENT
   * naming the missing item otherwise).
   */
  'inventoryCounts': (_frontdesk_v1_InventoryCount__Output)[];
}
