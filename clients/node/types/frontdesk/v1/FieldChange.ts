// Original file: ../../protos/frontdesk/v1/common.proto


/**
 * One changed field in an audit entry: old and new values as display text.
 */
export interface FieldChange {
  'field'?: (string);
  'oldValue'?: (string);
  'newValue'?: (string);
}

/**
 * One changed field in an audit entry: old and new values as display text.
 */
export interface FieldChange__Output {
  'field': (string);
  'oldValue': (string);
  'newValue': (string);
}
