// Original file: ../../protos/frontdesk/v1/report_service.proto

import type { _frontdesk_v1_Ticket_Channel, _frontdesk_v1_Ticket_Channel__Output } from '../../frontdesk/v1/Ticket';
import type { Long } from '@grpc/proto-loader';

export interface ChannelCount {
  'channel'?: (_frontdesk_v1_Ticket_Channel);
  'count'?: (number | string | Long);
}

export interface ChannelCount__Output {
  'channel': (_frontdesk_v1_Ticket_Channel__Output);
  'count': (string);
}
