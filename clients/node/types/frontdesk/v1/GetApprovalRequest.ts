// Original file: ../../protos/frontdesk/v1/directory_service.proto


export interface GetApprovalRequest {
  /**
   * "sites/{site}/approvals/{approval}".
   */
  'name'?: (string);
}

export interface GetApprovalRequest__Output {
  /**
   * "sites/{site}/approvals/{approval}".
   */
  'name': (string);
}
