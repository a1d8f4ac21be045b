import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Contact as _frontdesk_v1_Contact, Contact__Output as _frontdesk_v1_Contact__Output } from './frontdesk/v1/Contact';
import type { FieldChange as _frontdesk_v1_FieldChange, FieldChange__Output as _frontdesk_v1_FieldChange__Output } from './frontdesk/v1/FieldChange';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  frontdesk: {
    v1: {
      Contact: MessageTypeDefinition<_frontdesk_v1_Contact, _frontdesk_v1_Contact__Output>
      FieldChange: MessageTypeDefinition<_frontdesk_v1_FieldChange, _frontdesk_v1_FieldChange__Output>
    }
  }
}

