import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccessToken as _frontdesk_v1_AccessToken, AccessToken__Output as _frontdesk_v1_AccessToken__Output } from './frontdesk/v1/AccessToken';
import type { Approval as _frontdesk_v1_Approval, Approval__Output as _frontdesk_v1_Approval__Output } from './frontdesk/v1/Approval';
import type { CreateAccessTokenRequest as _frontdesk_v1_CreateAccessTokenRequest, CreateAccessTokenRequest__Output as _frontdesk_v1_CreateAccessTokenRequest__Output } from './frontdesk/v1/CreateAccessTokenRequest';
import type { CreateApprovalRequest as _frontdesk_v1_CreateApprovalRequest, CreateApprovalRequest__Output as _frontdesk_v1_CreateApprovalRequest__Output } from './frontdesk/v1/CreateApprovalRequest';
import type { CreateDepartmentRequest as _frontdesk_v1_CreateDepartmentRequest, CreateDepartmentRequest__Output as _frontdesk_v1_CreateDepartmentRequest__Output } from './frontdesk/v1/CreateDepartmentRequest';
import type { CreateResidentCallbackRequest as _frontdesk_v1_CreateResidentCallbackRequest, CreateResidentCallbackRequest__Output as _frontdesk_v1_CreateResidentCallbackRequest__Output } from './frontdesk/v1/CreateResidentCallbackRequest';
import type { CreateSiteRequest as _frontdesk_v1_CreateSiteRequest, CreateSiteRequest__Output as _frontdesk_v1_CreateSiteRequest__Output } from './frontdesk/v1/CreateSiteRequest';
import type { CreateStaffMemberRequest as _frontdesk_v1_CreateStaffMemberRequest, CreateStaffMemberRequest__Output as _frontdesk_v1_CreateStaffMemberRequest__Output } from './frontdesk/v1/CreateStaffMemberRequest';
import type { CreateUnitRequest as _frontdesk_v1_CreateUnitRequest, CreateUnitRequest__Output as _frontdesk_v1_CreateUnitRequest__Output } from './frontdesk/v1/CreateUnitRequest';
import type { CreateVendorRequest as _frontdesk_v1_CreateVendorRequest, CreateVendorRequest__Output as _frontdesk_v1_CreateVendorRequest__Output } from './frontdesk/v1/CreateVendorRequest';
import type { Department as _frontdesk_v1_Department, Department__Output as _frontdesk_v1_Department__Output } from './frontdesk/v1/Department';
import type { DirectoryServiceClient as _frontdesk_v1_DirectoryServiceClient, DirectoryServiceDefinition as _frontdesk_v1_DirectoryServiceDefinition } from './frontdesk/v1/DirectoryService';
import type { GetApprovalRequest as _frontdesk_v1_GetApprovalRequest, GetApprovalRequest__Output as _frontdesk_v1_GetApprovalRequest__Output } from './frontdesk/v1/GetApprovalRequest';
import type { GetDepartmentRequest as _frontdesk_v1_GetDepartmentRequest, GetDepartmentRequest__Output as _frontdesk_v1_GetDepartmentRequest__Output } from './frontdesk/v1/GetDepartmentRequest';
import type { GetSiteRequest as _frontdesk_v1_GetSiteRequest, GetSiteRequest__Output as _frontdesk_v1_GetSiteRequest__Output } from './frontdesk/v1/GetSiteRequest';
import type { GetStaffMemberRequest as _frontdesk_v1_GetStaffMemberRequest, GetStaffMemberRequest__Output as _frontdesk_v1_GetStaffMemberRequest__Output } from './frontdesk/v1/GetStaffMemberRequest';
import type { GetUnitRequest as _frontdesk_v1_GetUnitRequest, GetUnitRequest__Output as _frontdesk_v1_GetUnitRequest__Output } from './frontdesk/v1/GetUnitRequest';
import type { GetVendorRequest as _frontdesk_v1_GetVendorRequest, GetVendorRequest__Output as _frontdesk_v1_GetVendorRequest__Output } from './frontdesk/v1/GetVendorRequest';
import type { ListDepartmentsRequest as _frontdesk_v1_ListDepartmentsRequest, ListDepartmentsRequest__Output as _frontdesk_v1_ListDepartmentsRequest__Output } from './frontdesk/v1/ListDepartmentsRequest';
import type { ListDepartmentsResponse as _frontdesk_v1_ListDepartmentsResponse, ListDepartmentsResponse__Output as _frontdesk_v1_ListDepartmentsResponse__Output } from './frontdesk/v1/ListDepartmentsResponse';
import type { ListResidentCallbacksRequest as _frontdesk_v1_ListResidentCallbacksRequest, ListResidentCallbacksRequest__Output as _frontdesk_v1_ListResidentCallbacksRequest__Output } from './frontdesk/v1/ListResidentCallbacksRequest';
import type { ListResidentCallbacksResponse as _frontdesk_v1_ListResidentCallbacksResponse, ListResidentCallbacksResponse__Output as _frontdesk_v1_ListResidentCallbacksResponse__Output } from './frontdesk/v1/ListResidentCallbacksResponse';
import type { ListSitesRequest as _frontdesk_v1_ListSitesRequest, ListSitesRequest__Output as _frontdesk_v1_ListSitesRequest__Output } from './frontdesk/v1/ListSitesRequest';
import type { ListSitesResponse as _frontdesk_v1_ListSitesResponse, ListSitesResponse__Output as _frontdesk_v1_ListSitesResponse__Output } from './frontdesk/v1/ListSitesResponse';
import type { ListStaffMembersRequest as _frontdesk_v1_ListStaffMembersRequest, ListStaffMembersRequest__Output as _frontdesk_v1_ListStaffMembersRequest__Output } from './frontdesk/v1/ListStaffMembersRequest';
import type { ListStaffMembersResponse as _frontdesk_v1_ListStaffMembersResponse, ListStaffMembersResponse__Output as _frontdesk_v1_ListStaffMembersResponse__Output } from './frontdesk/v1/ListStaffMembersResponse';
import type { ListUnitsRequest as _frontdesk_v1_ListUnitsRequest, ListUnitsRequest__Output as _frontdesk_v1_ListUnitsRequest__Output } from './frontdesk/v1/ListUnitsRequest';
import type { ListUnitsResponse as _frontdesk_v1_ListUnitsResponse, ListUnitsResponse__Output as _frontdesk_v1_ListUnitsResponse__Output } from './frontdesk/v1/ListUnitsResponse';
import type { ListVendorsRequest as _frontdesk_v1_ListVendorsRequest, ListVendorsRequest__Output as _frontdesk_v1_ListVendorsRequest__Output } from './frontdesk/v1/ListVendorsRequest';
import type { ListVendorsResponse as _frontdesk_v1_ListVendorsResponse, ListVendorsResponse__Output as _frontdesk_v1_ListVendorsResponse__Output } from './frontdesk/v1/ListVendorsResponse';
import type { ResidentCallback as _frontdesk_v1_ResidentCallback, ResidentCallback__Output as _frontdesk_v1_ResidentCallback__Output } from './frontdesk/v1/ResidentCallback';
import type { RoleGrant as _frontdesk_v1_RoleGrant, RoleGrant__Output as _frontdesk_v1_RoleGrant__Output } from './frontdesk/v1/RoleGrant';
import type { Site as _frontdesk_v1_Site, Site__Output as _frontdesk_v1_Site__Output } from './frontdesk/v1/Site';
import type { StaffMember as _frontdesk_v1_StaffMember, StaffMember__Output as _frontdesk_v1_StaffMember__Output } from './frontdesk/v1/StaffMember';
import type { Unit as _frontdesk_v1_Unit, Unit__Output as _frontdesk_v1_Unit__Output } from './frontdesk/v1/Unit';
import type { UpdateDepartmentRequest as _frontdesk_v1_UpdateDepartmentRequest, UpdateDepartmentRequest__Output as _frontdesk_v1_UpdateDepartmentRequest__Output } from './frontdesk/v1/UpdateDepartmentRequest';
import type { UpdateVendorRequest as _frontdesk_v1_UpdateVendorRequest, UpdateVendorRequest__Output as _frontdesk_v1_UpdateVendorRequest__Output } from './frontdesk/v1/UpdateVendorRequest';
import type { Vendor as _frontdesk_v1_Vendor, Vendor__Output as _frontdesk_v1_Vendor__Output } from './frontdesk/v1/Vendor';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  frontdesk: {
    v1: {
      AccessToken: MessageTypeDefinition<_frontdesk_v1_AccessToken, _frontdesk_v1_AccessToken__Output>
      Approval: MessageTypeDefinition<_frontdesk_v1_Approval, _frontdesk_v1_Approval__Output>
      CreateAccessTokenRequest: MessageTypeDefinition<_frontdesk_v1_CreateAccessTokenRequest, _frontdesk_v1_CreateAccessTokenRequest__Output>
      CreateApprovalRequest: MessageTypeDefinition<_frontdesk_v1_CreateApprovalRequest, _frontdesk_v1_CreateApprovalRequest__Output>
      CreateDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_CreateDepartmentRequest, _frontdesk_v1_CreateDepartmentRequest__Output>
      CreateResidentCallbackRequest: MessageTypeDefinition<_frontdesk_v1_CreateResidentCallbackRequest, _frontdesk_v1_CreateResidentCallbackRequest__Output>
      CreateSiteRequest: MessageTypeDefinition<_frontdesk_v1_CreateSiteRequest, _frontdesk_v1_CreateSiteRequest__Output>
      CreateStaffMemberRequest: MessageTypeDefinition<_frontdesk_v1_CreateStaffMemberRequest, _frontdesk_v1_CreateStaffMemberRequest__Output>
      CreateUnitRequest: MessageTypeDefinition<_frontdesk_v1_CreateUnitRequest, _frontdesk_v1_CreateUnitRequest__Output>
      CreateVendorRequest: MessageTypeDefinition<_frontdesk_v1_CreateVendorRequest, _frontdesk_v1_CreateVendorRequest__Output>
      Department: MessageTypeDefinition<_frontdesk_v1_Department, _frontdesk_v1_Department__Output>
      DirectoryService: SubtypeConstructor<typeof grpc.Client, _frontdesk_v1_DirectoryServiceClient> & { service: _frontdesk_v1_DirectoryServiceDefinition }
      GetApprovalRequest: MessageTypeDefinition<_frontdesk_v1_GetApprovalRequest, _frontdesk_v1_GetApprovalRequest__Output>
      GetDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_GetDepartmentRequest, _frontdesk_v1_GetDepartmentRequest__Output>
      GetSiteRequest: MessageTypeDefinition<_frontdesk_v1_GetSiteRequest, _frontdesk_v1_GetSiteRequest__Output>
      GetStaffMemberRequest: MessageTypeDefinition<_frontdesk_v1_GetStaffMemberRequest, _frontdesk_v1_GetStaffMemberRequest__Output>
      GetUnitRequest: MessageTypeDefinition<_frontdesk_v1_GetUnitRequest, _frontdesk_v1_GetUnitRequest__Output>
      GetVendorRequest: MessageTypeDefinition<_frontdesk_v1_GetVendorRequest, _frontdesk_v1_GetVendorRequest__Output>
      ListDepartmentsRequest: MessageTypeDefinition<_frontdesk_v1_ListDepartmentsRequest, _frontdesk_v1_ListDepartmentsRequest__Output>
      ListDepartmentsResponse: MessageTypeDefinition<_frontdesk_v1_ListDepartmentsResponse, _frontdesk_v1_ListDepartmentsResponse__Output>
      ListResidentCallbacksRequest: MessageTypeDefinition<_frontdesk_v1_ListResidentCallbacksRequest, _frontdesk_v1_ListResidentCallbacksRequest__Output>
      ListResidentCallbacksResponse: MessageTypeDefinition<_frontdesk_v1_ListResidentCallbacksResponse, _frontdesk_v1_ListResidentCallbacksResponse__Output>
      ListSitesRequest: MessageTypeDefinition<_frontdesk_v1_ListSitesRequest, _frontdesk_v1_ListSitesRequest__Output>
      ListSitesResponse: MessageTypeDefinition<_frontdesk_v1_ListSitesResponse, _frontdesk_v1_ListSitesResponse__Output>
      ListStaffMembersRequest: MessageTypeDefinition<_frontdesk_v1_ListStaffMembersRequest, _frontdesk_v1_ListStaffMembersRequest__Output>
      ListStaffMembersResponse: MessageTypeDefinition<_frontdesk_v1_ListStaffMembersResponse, _frontdesk_v1_ListStaffMembersResponse__Output>
      ListUnitsRequest: MessageTypeDefinition<_frontdesk_v1_ListUnitsRequest, _frontdesk_v1_ListUnitsRequest__Output>
      ListUnitsResponse: MessageTypeDefinition<_frontdesk_v1_ListUnitsResponse, _frontdesk_v1_ListUnitsResponse__Output>
      ListVendorsRequest: MessageTypeDefinition<_frontdesk_v1_ListVendorsRequest, _frontdesk_v1_ListVendorsRequest__Output>
      ListVendorsResponse: MessageTypeDefinition<_frontdesk_v1_ListVendorsResponse, _frontdesk_v1_ListVendorsResponse__Output>
      ResidentCallback: MessageTypeDefinition<_frontdesk_v1_ResidentCallback, _frontdesk_v1_ResidentCallback__Output>
      RoleGrant: MessageTypeDefinition<_frontdesk_v1_RoleGrant, _frontdesk_v1_RoleGrant__Output>
      Site: MessageTypeDefinition<_frontdesk_v1_Site, _frontdesk_v1_Site__Output>
      StaffMember: MessageTypeDefinition<_frontdesk_v1_StaffMember, _frontdesk_v1_StaffMember__Output>
      Unit: MessageTypeDefinition<_frontdesk_v1_Unit, _frontdesk_v1_Unit__Output>
      UpdateDepartmentRequest: MessageTypeDefinition<_frontdesk_v1_UpdateDepartmentRequest, _frontdesk_v1_UpdateDepartmentRequest__Output>
      UpdateVendorRequest: MessageTypeDefinition<_frontdesk_v1_UpdateVendorRequest, _frontdesk_v1_UpdateVendorRequest__Output>
      Vendor: MessageTypeDefinition<_frontdesk_v1_Vendor, _frontdesk_v1_Vendor__Output>
    }
  }
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

