// Original file: ../../protos/frontdesk/v1/ticket_service.proto


export interface ResumeTicketRequest {
  'name'?: (string);
  'requestId'?: (string);
}

export interface ResumeTicketRequest__Output {
  'name': (string);
  'requestId': (string);
}
