// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ConsentHandoverItemRequest {
  /**
   * The handover.
   */
  'name'?: (string);
  /**
   * HandoverItem.id of a significant item.
   */
  'itemId'?: (number);
  /**
   * At most 500 characters.
   */
  'comment'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface ConsentHandoverItemRequest__Output {
  /**
   * The handover.
   */
  'name': (string);
  /**
   * HandoverItem.id of a significant item.
   */
  'itemId': (number);
  /**
   * At most 500 characters.
   */
  'comment': (string);
  'etag': (string);
  'requestId': (string);
}
