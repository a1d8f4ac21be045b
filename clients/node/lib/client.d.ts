// Types of lib/client.js, over the types generated from the protos into
// types/ (scripts/gen-types.js). Each service's methods are derived from its
// generated definition: `fd.tickets.createTicket(request: CreateTicketRequest)`
// returns Promise<Ticket__Output>, and server-streaming methods
// (watchTickets) return a ResponseStream of the response's __Output type.
// test/typecheck.ts checks these declarations against the generated types
// with `tsc --noEmit` (test/types.test.js).

import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type { DirectoryServiceDefinition, DirectoryServiceHandlers } from '../types/frontdesk/v1/DirectoryService';
import type { ReportServiceDefinition, ReportServiceHandlers } from '../types/frontdesk/v1/ReportService';
import type { RosterServiceDefinition, RosterServiceHandlers } from '../types/frontdesk/v1/RosterService';
import type { TicketServiceDefinition, TicketServiceHandlers } from '../types/frontdesk/v1/TicketService';
import type { VisitorServiceDefinition, VisitorServiceHandlers } from '../types/frontdesk/v1/VisitorService';
import type { ErrorInfo__Output } from '../types/google/rpc/ErrorInfo';
import type { _google_rpc_BadRequest_FieldViolation__Output } from '../types/google/rpc/BadRequest';

export interface CallOptions {
  /** This call's deadline in milliseconds from now (default: the client's). */
  deadlineMs?: number;
}

export interface ConnectOptions {
  /** host:port; default $FRONTDESK_SERVER, else 127.0.0.1:50051. */
  address?: string;
  /** Bearer token; default $FRONTDESK_TOKEN, else the file $FRONTDESK_TOKEN_FILE. */
  token?: string;
  /** Deadline of every call in milliseconds; default 10000. */
  deadlineMs?: number;
  channelOptions?: grpc.ChannelOptions;
  interceptors?: grpc.Interceptor[];
  credentials?: grpc.ChannelCredentials;
}

/** The messages of a server-streaming call; leaving the loop cancels it. */
export declare class ResponseStream<T> implements AsyncIterable<T> {
  readonly call: grpc.ClientReadableStream<T>;
  cancel(): void;
  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined>;
}

/** A google.rpc.Status detail: decoded when it is a google.rpc type. */
export type StatusDetail =
  | { type: string; value: Record<string, unknown> }
  | { typeUrl: string; value: Buffer };

export interface DecodedStatus {
  code: number;
  message: string;
  details: StatusDetail[];
}

export declare class FrontdeskError extends Error {
  readonly name: 'FrontdeskError';
  /** The gRPC status code (see `status`). */
  readonly code: number;
  /** e.g. 'INVALID_ARGUMENT'. */
  readonly codeName: string;
  /** The server's message. */
  readonly details: string;
  /** google.rpc.ErrorInfo reason, e.g. 'TICKET_NOT_FOUND'; '' when absent. */
  readonly reason: string;
  readonly errorInfo: ErrorInfo__Output | null;
  /** google.rpc.BadRequest field violations: which field was wrong, and why. */
  readonly fieldViolations: _google_rpc_BadRequest_FieldViolation__Output[];
  /** The whole google.rpc.Status of grpc-status-details-bin, or null. */
  readonly status: DecodedStatus | null;
  readonly metadata: grpc.Metadata;
  readonly cause: grpc.ServiceError;
}

// The keys of a generated interface without the index signature it inherits.
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K]
};

type Method<D, H, K> =
  K extends keyof D ? K extends keyof H ?
    D[K] extends MethodDefinition<infer Request, any, any, infer Response>
      ? (H[K] extends grpc.handleServerStreamingCall<any, any>
          ? (request: Request, options?: CallOptions) => ResponseStream<Response>
          : (request: Request, options?: CallOptions) => Promise<Response>)
        & { readonly takesRequestId: boolean }
      : never
    : never : never;

/** A service's methods, lowerCamelCase, as the client exposes them. */
export type ServiceMethods<D, H> = {
  readonly [K in KnownKeys<D> as K extends string ? Uncapitalize<K> : never]: Method<D, H, K>
};

export declare class Client {
  constructor(options?: ConnectOptions);
  readonly address: string;
  readonly deadlineMs: number;
  readonly channel: grpc.Channel;
  readonly directory: ServiceMethods<DirectoryServiceDefinition, DirectoryServiceHandlers>;
  readonly tickets: ServiceMethods<TicketServiceDefinition, TicketServiceHandlers>;
  readonly visitors: ServiceMethods<VisitorServiceDefinition, VisitorServiceHandlers>;
  readonly roster: ServiceMethods<RosterServiceDefinition, RosterServiceHandlers>;
  readonly reports: ServiceMethods<ReportServiceDefinition, ReportServiceHandlers>;
  close(): void;
}

export declare function connect(options?: ConnectOptions): Client;
/** A FrontdeskError for a grpc-js ServiceError; anything else unchanged. */
export declare function decodeError(err: unknown): unknown;
export declare function decodeStatusDetails(metadata: grpc.Metadata): DecodedStatus | null;
export declare function loadToken(): string;
export declare function serverAddress(): string;
export declare const status: typeof grpc.status;
export declare const DEFAULT_DEADLINE_MS: number;
export declare const SERVICES: Readonly<Record<'directory' | 'tickets' | 'visitors' | 'roster' | 'reports', string>>;
