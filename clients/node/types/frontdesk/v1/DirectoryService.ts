// Original file: ../../protos/frontdesk/v1/directory_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AccessToken as _frontdesk_v1_AccessToken, AccessToken__Output as _frontdesk_v1_AccessToken__Output } from '../../frontdesk/v1/AccessToken';
import type { Approval as _frontdesk_v1_Approval, Approval__Output as _frontdesk_v1_Approval__Output } from '../../frontdesk/v1/Approval';
import type { CreateAccessTokenRequest as _frontdesk_v1_CreateAccessTokenRequest, CreateAccessTokenRequest__Output as _frontdesk_v1_CreateAccessTokenRequest__Output } from '../../frontdesk/v1/CreateAccessTokenRequest';
import type { CreateApprovalRequest as _frontdesk_v1_CreateApprovalRequest, CreateApprovalRequest__Output as _frontdesk_v1_CreateApprovalRequest__Output } from '../../frontdesk/v1/CreateApprovalRequest';
import type { CreateDepartmentRequest as _frontdesk_v1_CreateDepartmentRequest, CreateDepartmentRequest__Output as _frontdesk_v1_CreateDepartmentRequest__Output } from '../../frontdesk/v1/CreateDepartmentRequest';
import type { CreateResidentCallbackRequest as _frontdesk_v1_CreateResidentCallbackRequest, CreateResidentCallbackRequest__Output as _frontdesk_v1_CreateResidentCallbackRequest__Output } from '../../frontdesk/v1/CreateResidentCallbackRequest';
import type { CreateSiteRequest as _frontdesk_v1_CreateSiteRequest, CreateSiteRequest__Output as _frontdesk_v1_CreateSiteRequest__Output } from '../../frontdesk/v1/CreateSiteRequest';
import type { CreateStaffMemberRequest as _frontdesk_v1_CreateStaffMemberRequest, CreateStaffMemberRequest__Output as _frontdesk_v1_CreateStaffMemberRequest__Output } from '../../frontdesk/v1/CreateStaffMemberRequest';
import type { CreateUnitRequest as _frontdesk_v1_CreateUnitRequest, CreateUnitRequest__Output as _frontdesk_v1_CreateUnitRequest__Output } from '../../frontdesk/v1/CreateUnitRequest';
import type { CreateVendorRequest as _frontdesk_v1_CreateVendorRequest, CreateVendorRequest__Output as _frontdesk_v1_CreateVendorRequest__Output } from '../../frontdesk/v1/CreateVendorRequest';
import type { Department as _frontdesk_v1_Department, Department__Output as _frontdesk_v1_Department__Output } from '../../frontdesk/v1/Department';
import type { GetApprovalRequest as _frontdesk_v1_GetApprovalRequest, GetApprovalRequest__Output as _frontdesk_v1_GetApprovalRequest__Output } from '../../frontdesk/v1/GetApprovalRequest';
import type { GetDepartmentRequest as _frontdesk_v1_GetDepartmentRequest, GetDepartmentRequest__Output as _frontdesk_v1_GetDepartmentRequest__Output } from '../../frontdesk/v1/GetDepartmentRequest';
import type { GetSiteRequest as _frontdesk_v1_GetSiteRequest, GetSiteRequest__Output as _frontdesk_v1_GetSiteRequest__Output } from '../../frontdesk/v1/GetSiteRequest';
import type { GetStaffMemberRequest as _frontdesk_v1_GetStaffMemberRequest, GetStaffMemberRequest__Output as _frontdesk_v1_GetStaffMemberRequest__Output } from '../../frontdesk/v1/GetStaffMemberRequest';
import type { GetUnitRequest as _frontdesk_v1_GetUnitRequest, GetUnitRequest__Output as _frontdesk_v1_GetUnitRequest__Output } from '../../frontdesk/v1/GetUnitRequest';
import type { GetVendorRequest as _frontdesk_v1_GetVendorRequest, GetVendorRequest__Output as _frontdesk_v1_GetVendorRequest__Output } from '../../frontdesk/v1/GetVendorRequest';
import type { ListDepartmentsRequest as _frontdesk_v1_ListDepartmentsRequest, ListDepartmentsRequest__Output as _frontdesk_v1_ListDepartmentsRequest__Output } from '../../frontdesk/v1/ListDepartmentsRequest';
import type { ListDepartmentsResponse as _frontdesk_v1_ListDepartmentsResponse, ListDepartmentsResponse__Output as _frontdesk_v1_ListDepartmentsResponse__Output } from '../../frontdesk/v1/ListDepartmentsResponse';
import type { ListResidentCallbacksRequest as _frontdesk_v1_ListResidentCallbacksRequest, ListResidentCallbacksRequest__Output as _frontdesk_v1_ListResidentCallbacksRequest__Output } from '../../frontdesk/v1/ListResidentCallbacksRequest';
import type { ListResidentCallbacksResponse as _frontdesk_v1_ListResidentCallbacksResponse, ListResidentCallbacksResponse__Output as _frontdesk_v1_ListResidentCallbacksResponse__Output } from '../../frontdesk/v1/ListResidentCallbacksResponse';
import type { ListSitesRequest as _frontdesk_v1_ListSitesRequest, ListSitesRequest__Output as _frontdesk_v1_ListSitesRequest__Output } from '../../frontdesk/v1/ListSitesRequest';
import type { ListSitesResponse as _frontdesk_v1_ListSitesResponse, ListSitesResponse__Output as _frontdesk_v1_ListSitesResponse__Output } from '../../frontdesk/v1/ListSitesResponse';
import type { ListStaffMembersRequest as _frontdesk_v1_ListStaffMembersRequest, ListStaffMembersRequest__Output as _frontdesk_v1_ListStaffMembersRequest__Output } from '../../frontdesk/v1/ListStaffMembersRequest';
import type { ListStaffMembersResponse as _frontdesk_v1_ListStaffMembersResponse, ListStaffMembersResponse__Output as _frontdesk_v1_ListStaffMembersResponse__Output } from '../../frontdesk/v1/ListStaffMembersResponse';
import type { ListUnitsRequest as _frontdesk_v1_ListUnitsRequest, ListUnitsRequest__Output as _frontdesk_v1_ListUnitsRequest__Output } from '../../frontdesk/v1/ListUnitsRequest';
import type { ListUnitsResponse as _frontdesk_v1_ListUnitsResponse, ListUnitsResponse__Output as _frontdesk_v1_ListUnitsResponse__Output } from '../../frontdesk/v1/ListUnitsResponse';
import type { ListVendorsRequest as _frontdesk_v1_ListVendorsRequest, ListVendorsRequest__Output as _frontdesk_v1_ListVendorsRequest__Output } from '../../frontdesk/v1/ListVendorsRequest';
import type { ListVendorsResponse as _frontdesk_v1_ListVendorsResponse, ListVendorsResponse__Output as _frontdesk_v1_ListVendorsResponse__Output } from '../../frontdesk/v1/ListVendorsResponse';
import type { ResidentCallback as _frontdesk_v1_ResidentCallback, ResidentCallback__Output as _frontdesk_v1_ResidentCallback__Output } from '../../frontdesk/v1/ResidentCallback';
import type { Site as _frontdesk_v1_Site, Site__Output as _frontdesk_v1_Site__Output } from '../../frontdesk/v1/Site';
import type { StaffMember as _frontdesk_v1_StaffMember, StaffMember__Output as _frontdesk_v1_StaffMember__Output } from '../../frontdesk/v1/StaffMember';
import type { Unit as _frontdesk_v1_Unit, Unit__Output as _frontdesk_v1_Unit__Output } from '../../frontdesk/v1/Unit';
import type { UpdateDepartmentRequest as _frontdesk_v1_UpdateDepartmentRequest, UpdateDepartmentRequest__Output as _frontdesk_v1_UpdateDepartmentRequest__Output } from '../../frontdesk/v1/UpdateDepartmentRequest';
import type { UpdateVendorRequest as _frontdesk_v1_UpdateVendorRequest, UpdateVendorRequest__Output as _frontdesk_v1_UpdateVendorRequest__Output } from '../../frontdesk/v1/UpdateVendorRequest';
import type { Vendor as _frontdesk_v1_Vendor, Vendor__Output as _frontdesk_v1_Vendor__Output } from '../../frontdesk/v1/Vendor';

export interface DirectoryServiceClient extends grpc.Client {
  /**
   * Issues a bearer token for a staff member or service account. The secret is
   * returned once, in this response only; the server keeps its SHA-256.
   */
  CreateAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  CreateAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  CreateAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  CreateAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  /**
   * Issues a bearer token for a staff member or service account. The secret is
   * returned once, in this response only; the server keeps its SHA-256.
   */
  createAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  createAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  createAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  createAccessToken(argument: _frontdesk_v1_CreateAccessTokenRequest, callback: grpc.requestCallback<_frontdesk_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  
  /**
   * Approvals [ACL-APPROVAL-BY-APPROVER] [ACL-APPROVAL-SINGLE-USE]: an
   * approver (a supervisor, a manager, a department's head) gives their
   * consent to one action at one site with their own call, and gets a
   * one-time code that the desk sends with the action (e.g.
   * SupervisorAuthorization.approval, DispatchTicketRequest.approval). The
   * code is returned once, in this response only; the server keeps its
   * SHA-256. Who may approve what is Approval.Action's; anyone else is
   * PERMISSION_DENIED reason APPROVER_NOT_ELIGIBLE (after the request is
   * validated, INVALID_ARGUMENT first). A subject that does not exist at the
   * site is NOT_FOUND.
   */
  CreateApproval(argument: _frontdesk_v1_CreateApprovalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  CreateApproval(argument: _frontdesk_v1_CreateApprovalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  CreateApproval(argument: _frontdesk_v1_CreateApprovalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  CreateApproval(argument: _frontdesk_v1_CreateApprovalRequest, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  /**
   * Approvals [ACL-APPROVAL-BY-APPROVER] [ACL-APPROVAL-SINGLE-USE]: an
   * approver (a supervisor, a manager, a department's head) gives their
   * consent to one action at one site with their own call, and gets a
   * one-time code that the desk sends with the action (e.g.
   * SupervisorAuthorization.approval, DispatchTicketRequest.approval). The
   * code is returned once, in this response only; the server keeps its
   * SHA-256. Who may approve what is Approval.Action's; anyone else is
   * PERMISSION_DENIED reason APPROVER_NOT_ELIGIBLE (after the request is
   * validated, INVALID_ARGUMENT first). A subject that does not exist at the
   * site is NOT_FOUND.
   */
  createApproval(argument: _frontdesk_v1_CreateApprovalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  createApproval(argument: _frontdesk_v1_CreateApprovalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  createApproval(argument: _frontdesk_v1_CreateApprovalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  createApproval(argument: _frontdesk_v1_CreateApprovalRequest, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  
  /**
   * Departments of a site: where own-maintenance work orders (工程类) and
   * other internal work go. Writes need ADMIN or MANAGER; reads any caller.
   */
  CreateDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  CreateDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  CreateDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  CreateDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  /**
   * Departments of a site: where own-maintenance work orders (工程类) and
   * other internal work go. Writes need ADMIN or MANAGER; reads any caller.
   */
  createDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  createDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  createDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  createDepartment(argument: _frontdesk_v1_CreateDepartmentRequest, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  
  /**
   * Periodic resident callbacks (回访, 001: every unit monthly in a site's
   * first year after handover to its residents, quarterly after; the plan is
   * ReportService.GetResidentCallbackPlan) [T-PERIODIC-RESIDENT-VISITS].
   * Append-only: a callback is never changed or deleted (the database
   * refuses it). Create and List: the site's front desk (receptionist,
   * supervisor, manager); not the residents' app, butlers or security.
   */
  CreateResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  CreateResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  CreateResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  CreateResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  /**
   * Periodic resident callbacks (回访, 001: every unit monthly in a site's
   * first year after handover to its residents, quarterly after; the plan is
   * ReportService.GetResidentCallbackPlan) [T-PERIODIC-RESIDENT-VISITS].
   * Append-only: a callback is never changed or deleted (the database
   * refuses it). Create and List: the site's front desk (receptionist,
   * supervisor, manager); not the residents' app, butlers or security.
   */
  createResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  createResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  createResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  createResidentCallback(argument: _frontdesk_v1_CreateResidentCallbackRequest, callback: grpc.requestCallback<_frontdesk_v1_ResidentCallback__Output>): grpc.ClientUnaryCall;
  
  CreateSite(argument: _frontdesk_v1_CreateSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  CreateSite(argument: _frontdesk_v1_CreateSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  CreateSite(argument: _frontdesk_v1_CreateSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  CreateSite(argument: _frontdesk_v1_CreateSiteRequest, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  createSite(argument: _frontdesk_v1_CreateSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  createSite(argument: _frontdesk_v1_CreateSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  createSite(argument: _frontdesk_v1_CreateSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  createSite(argument: _frontdesk_v1_CreateSiteRequest, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  
  CreateStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CreateStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CreateStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CreateStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  createStaffMember(argument: _frontdesk_v1_CreateStaffMemberRequest, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  CreateUnit(argument: _frontdesk_v1_CreateUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  CreateUnit(argument: _frontdesk_v1_CreateUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  CreateUnit(argument: _frontdesk_v1_CreateUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  CreateUnit(argument: _frontdesk_v1_CreateUnitRequest, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  createUnit(argument: _frontdesk_v1_CreateUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  createUnit(argument: _frontdesk_v1_CreateUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  createUnit(argument: _frontdesk_v1_CreateUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  createUnit(argument: _frontdesk_v1_CreateUnitRequest, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  
  /**
   * External vendors (其他类 repairs: telecom, broadband, water heaters,
   * intercoms, doors, elevators) and the developer's project team that
   * acknowledges warranty liaison forms (整改类). Company-wide resources,
   * optionally restricted to some sites. Writes need ADMIN or MANAGER; reads
   * any caller.
   */
  CreateVendor(argument: _frontdesk_v1_CreateVendorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  CreateVendor(argument: _frontdesk_v1_CreateVendorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  CreateVendor(argument: _frontdesk_v1_CreateVendorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  CreateVendor(argument: _frontdesk_v1_CreateVendorRequest, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  /**
   * External vendors (其他类 repairs: telecom, broadband, water heaters,
   * intercoms, doors, elevators) and the developer's project team that
   * acknowledges warranty liaison forms (整改类). Company-wide resources,
   * optionally restricted to some sites. Writes need ADMIN or MANAGER; reads
   * any caller.
   */
  createVendor(argument: _frontdesk_v1_CreateVendorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  createVendor(argument: _frontdesk_v1_CreateVendorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  createVendor(argument: _frontdesk_v1_CreateVendorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  createVendor(argument: _frontdesk_v1_CreateVendorRequest, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads one approval, without its code: its approver, and SUPERVISOR or
   * MANAGER of its site. Anyone else is PERMISSION_DENIED.
   */
  GetApproval(argument: _frontdesk_v1_GetApprovalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  GetApproval(argument: _frontdesk_v1_GetApprovalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  GetApproval(argument: _frontdesk_v1_GetApprovalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  GetApproval(argument: _frontdesk_v1_GetApprovalRequest, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  /**
   * Reads one approval, without its code: its approver, and SUPERVISOR or
   * MANAGER of its site. Anyone else is PERMISSION_DENIED.
   */
  getApproval(argument: _frontdesk_v1_GetApprovalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  getApproval(argument: _frontdesk_v1_GetApprovalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  getApproval(argument: _frontdesk_v1_GetApprovalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  getApproval(argument: _frontdesk_v1_GetApprovalRequest, callback: grpc.requestCallback<_frontdesk_v1_Approval__Output>): grpc.ClientUnaryCall;
  
  GetDepartment(argument: _frontdesk_v1_GetDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  GetDepartment(argument: _frontdesk_v1_GetDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  GetDepartment(argument: _frontdesk_v1_GetDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  GetDepartment(argument: _frontdesk_v1_GetDepartmentRequest, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _frontdesk_v1_GetDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _frontdesk_v1_GetDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _frontdesk_v1_GetDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  getDepartment(argument: _frontdesk_v1_GetDepartmentRequest, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  
  GetSite(argument: _frontdesk_v1_GetSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  GetSite(argument: _frontdesk_v1_GetSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  GetSite(argument: _frontdesk_v1_GetSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  GetSite(argument: _frontdesk_v1_GetSiteRequest, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  getSite(argument: _frontdesk_v1_GetSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  getSite(argument: _frontdesk_v1_GetSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  getSite(argument: _frontdesk_v1_GetSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  getSite(argument: _frontdesk_v1_GetSiteRequest, callback: grpc.requestCallback<_frontdesk_v1_Site__Output>): grpc.ClientUnaryCall;
  
  GetStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  GetStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  GetStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  GetStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  getStaffMember(argument: _frontdesk_v1_GetStaffMemberRequest, callback: grpc.requestCallback<_frontdesk_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  GetUnit(argument: _frontdesk_v1_GetUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  GetUnit(argument: _frontdesk_v1_GetUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  GetUnit(argument: _frontdesk_v1_GetUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  GetUnit(argument: _frontdesk_v1_GetUnitRequest, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _frontdesk_v1_GetUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _frontdesk_v1_GetUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _frontdesk_v1_GetUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _frontdesk_v1_GetUnitRequest, callback: grpc.requestCallback<_frontdesk_v1_Unit__Output>): grpc.ClientUnaryCall;
  
  GetVendor(argument: _frontdesk_v1_GetVendorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  GetVendor(argument: _frontdesk_v1_GetVendorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  GetVendor(argument: _frontdesk_v1_GetVendorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  GetVendor(argument: _frontdesk_v1_GetVendorRequest, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  getVendor(argument: _frontdesk_v1_GetVendorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  getVendor(argument: _frontdesk_v1_GetVendorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  getVendor(argument: _frontdesk_v1_GetVendorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  getVendor(argument: _frontdesk_v1_GetVendorRequest, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  
  ListDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  ListDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  listDepartments(argument: _frontdesk_v1_ListDepartmentsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListDepartmentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  ListResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  ListResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  ListResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  listResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  listResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  listResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  listResidentCallbacks(argument: _frontdesk_v1_ListResidentCallbacksRequest, callback: grpc.requestCallback<_frontdesk_v1_ListResidentCallbacksResponse__Output>): grpc.ClientUnaryCall;
  
  ListSites(argument: _frontdesk_v1_ListSitesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  ListSites(argument: _frontdesk_v1_ListSitesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  ListSites(argument: _frontdesk_v1_ListSitesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  ListSites(argument: _frontdesk_v1_ListSitesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _frontdesk_v1_ListSitesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _frontdesk_v1_ListSitesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _frontdesk_v1_ListSitesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _frontdesk_v1_ListSitesRequest, callback: grpc.requestCallback<_frontdesk_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  
  ListStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  ListStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  ListStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  ListStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  listStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  listStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  listStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  listStaffMembers(argument: _frontdesk_v1_ListStaffMembersRequest, callback: grpc.requestCallback<_frontdesk_v1_ListStaffMembersResponse__Output>): grpc.ClientUnaryCall;
  
  ListUnits(argument: _frontdesk_v1_ListUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _frontdesk_v1_ListUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _frontdesk_v1_ListUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _frontdesk_v1_ListUnitsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _frontdesk_v1_ListUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _frontdesk_v1_ListUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _frontdesk_v1_ListUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _frontdesk_v1_ListUnitsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListUnitsResponse__Output>): grpc.ClientUnaryCall;
  
  ListVendors(argument: _frontdesk_v1_ListVendorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  ListVendors(argument: _frontdesk_v1_ListVendorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  ListVendors(argument: _frontdesk_v1_ListVendorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  ListVendors(argument: _frontdesk_v1_ListVendorsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  listVendors(argument: _frontdesk_v1_ListVendorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  listVendors(argument: _frontdesk_v1_ListVendorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  listVendors(argument: _frontdesk_v1_ListVendorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  listVendors(argument: _frontdesk_v1_ListVendorsRequest, callback: grpc.requestCallback<_frontdesk_v1_ListVendorsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes the fields named in update_mask. A stale etag is ABORTED.
   */
  UpdateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  UpdateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  UpdateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  UpdateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the fields named in update_mask. A stale etag is ABORTED.
   */
  updateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  updateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  updateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  updateDepartment(argument: _frontdesk_v1_UpdateDepartmentRequest, callback: grpc.requestCallback<_frontdesk_v1_Department__Output>): grpc.ClientUnaryCall;
  
  /**
   * Changes the fields named in update_mask. A stale etag is ABORTED.
   */
  UpdateVendor(argument: _frontdesk_v1_UpdateVendorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  UpdateVendor(argument: _frontdesk_v1_UpdateVendorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  UpdateVendor(argument: _frontdesk_v1_UpdateVendorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  UpdateVendor(argument: _frontdesk_v1_UpdateVendorRequest, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  /**
   * Changes the fields named in update_mask. A stale etag is ABORTED.
   */
  updateVendor(argument: _frontdesk_v1_UpdateVendorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  updateVendor(argument: _frontdesk_v1_UpdateVendorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  updateVendor(argument: _frontdesk_v1_UpdateVendorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  updateVendor(argument: _frontdesk_v1_UpdateVendorRequest, callback: grpc.requestCallback<_frontdesk_v1_Vendor__Output>): grpc.ClientUnaryCall;
  
}

export interface DirectoryServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Issues a bearer token for a staff member or service account. The secret is
   * returned once, in this response only; the server keeps its SHA-256.
   */
  CreateAccessToken: grpc.handleUnaryCall<_frontdesk_v1_CreateAccessTokenRequest__Output, _frontdesk_v1_AccessToken>;
  
  /**
   * Approvals [ACL-APPROVAL-BY-APPROVER] [ACL-APPROVAL-SINGLE-USE]: an
   * approver (a supervisor, a manager, a department's head) gives their
   * consent to one action at one site with their own call, and gets a
   * one-time code that the desk sends with the action (e.g.
   * SupervisorAuthorization.approval, DispatchTicketRequest.approval). The
   * code is returned once, in this response only; the server keeps its
   * SHA-256. Who may approve what is Approval.Action's; anyone else is
   * PERMISSION_DENIED reason APPROVER_NOT_ELIGIBLE (after the request is
   * validated, INVALID_ARGUMENT first). A subject that does not exist at the
   * site is NOT_FOUND.
   */
  CreateApproval: grpc.handleUnaryCall<_frontdesk_v1_CreateApprovalRequest__Output, _frontdesk_v1_Approval>;
  
  /**
   * Departments of a site: where own-maintenance work orders (工程类) and
   * other internal work go. Writes need ADMIN or MANAGER; reads any caller.
   */
  CreateDepartment: grpc.handleUnaryCall<_frontdesk_v1_CreateDepartmentRequest__Output, _frontdesk_v1_Department>;
  
  /**
   * Periodic resident callbacks (回访, 001: every unit monthly in a site's
   * first year after handover to its residents, quarterly after; the plan is
   * ReportService.GetResidentCallbackPlan) [T-PERIODIC-RESIDENT-VISITS].
   * Append-only: a callback is never changed or deleted (the database
   * refuses it). Create and List: the site's front desk (receptionist,
   * supervisor, manager); not the residents' app, butlers or security.
   */
  CreateResidentCallback: grpc.handleUnaryCall<_frontdesk_v1_CreateResidentCallbackRequest__Output, _frontdesk_v1_ResidentCallback>;
  
  CreateSite: grpc.handleUnaryCall<_frontdesk_v1_CreateSiteRequest__Output, _frontdesk_v1_Site>;
  
  CreateStaffMember: grpc.handleUnaryCall<_frontdesk_v1_CreateStaffMemberRequest__Output, _frontdesk_v1_StaffMember>;
  
  CreateUnit: grpc.handleUnaryCall<_frontdesk_v1_CreateUnitRequest__Output, _frontdesk_v1_Unit>;
  
  /**
   * External vendors (其他类 repairs: telecom, broadband, water heaters,
   * intercoms, doors, elevators) and the developer's project team that
   * acknowledges warranty liaison forms (整改类). Company-wide resources,
   * optionally restricted to some sites. Writes need ADMIN or MANAGER; reads
   * any caller.
   */
  CreateVendor: grpc.handleUnaryCall<_frontdesk_v1_CreateVendorRequest__Output, _frontdesk_v1_Vendor>;
  
  /**
   * Reads one approval, without its code: its approver, and SUPERVISOR or
   * MANAGER of its site. Anyone else is PERMISSION_DENIED.
   */
  GetApproval: grpc.handleUnaryCall<_frontdesk_v1_GetApprovalRequest__Output, _frontdesk_v1_Approval>;
  
  GetDepartment: grpc.handleUnaryCall<_frontdesk_v1_GetDepartmentRequest__Output, _frontdesk_v1_Department>;
  
  GetSite: grpc.handleUnaryCall<_frontdesk_v1_GetSiteRequest__Output, _frontdesk_v1_Site>;
  
  GetStaffMember: grpc.handleUnaryCall<_frontdesk_v1_GetStaffMemberRequest__Output, _frontdesk_v1_StaffMember>;
  
  GetUnit: grpc.handleUnaryCall<_frontdesk_v1_GetUnitRequest__Output, _frontdesk_v1_Unit>;
  
  GetVendor: grpc.handleUnaryCall<_frontdesk_v1_GetVendorRequest__Output, _frontdesk_v1_Vendor>;
  
  ListDepartments: grpc.handleUnaryCall<_frontdesk_v1_ListDepartmentsRequest__Output, _frontdesk_v1_ListDepartmentsResponse>;
  
  ListResidentCallbacks: grpc.handleUnaryCall<_frontdesk_v1_ListResidentCallbacksRequest__Output, _frontdesk_v1_ListResidentCallbacksResponse>;
  
  ListSites: grpc.handleUnaryCall<_frontdesk_v1_ListSitesRequest__Output, _frontdesk_v1_ListSitesResponse>;
  
  ListStaffMembers: grpc.handleUnaryCall<_frontdesk_v1_ListStaffMembersRequest__Output, _frontdesk_v1_ListStaffMembersResponse>;
  
  ListUnits: grpc.handleUnaryCall<_frontdesk_v1_ListUnitsRequest__Output, _frontdesk_v1_ListUnitsResponse>;
  
  ListVendors: grpc.handleUnaryCall<_frontdesk_v1_ListVendorsRequest__Output, _frontdesk_v1_ListVendorsResponse>;
  
  /**
   * Changes the fields named in update_mask. A stale etag is ABORTED.
   */
  UpdateDepartment: grpc.handleUnaryCall<_frontdesk_v1_UpdateDepartmentRequest__Output, _frontdesk_v1_Department>;
  
  /**
   * Changes the fields named in update_mask. A stale etag is ABORTED.
   */
  UpdateVendor: grpc.handleUnaryCall<_frontdesk_v1_UpdateVendorRequest__Output, _frontdesk_v1_Vendor>;
  
}

export interface DirectoryServiceDefinition extends grpc.ServiceDefinition {
  CreateAccessToken: MethodDefinition<_frontdesk_v1_CreateAccessTokenRequest, _frontdesk_v1_AccessToken, _frontdesk_v1_CreateAccessTokenRequest__Output, _frontdesk_v1_AccessToken__Output>
  CreateApproval: MethodDefinition<_frontdesk_v1_CreateApprovalRequest, _frontdesk_v1_Approval, _frontdesk_v1_CreateApprovalRequest__Output, _frontdesk_v1_Approval__Output>
  CreateDepartment: MethodDefinition<_frontdesk_v1_CreateDepartmentRequest, _frontdesk_v1_Department, _frontdesk_v1_CreateDepartmentRequest__Output, _frontdesk_v1_Department__Output>
  CreateResidentCallback: MethodDefinition<_frontdesk_v1_CreateResidentCallbackRequest, _frontdesk_v1_ResidentCallback, _frontdesk_v1_CreateResidentCallbackRequest__Output, _frontdesk_v1_ResidentCallback__Output>
  CreateSite: MethodDefinition<_frontdesk_v1_CreateSiteRequest, _frontdesk_v1_Site, _frontdesk_v1_CreateSiteRequest__Output, _frontdesk_v1_Site__Output>
  CreateStaffMember: MethodDefinition<_frontdesk_v1_CreateStaffMemberRequest, _frontdesk_v1_StaffMember, _frontdesk_v1_CreateStaffMemberRequest__Output, _frontdesk_v1_StaffMember__Output>
  CreateUnit: MethodDefinition<_frontdesk_v1_CreateUnitRequest, _frontdesk_v1_Unit, _frontdesk_v1_CreateUnitRequest__Output, _frontdesk_v1_Unit__Output>
  CreateVendor: MethodDefinition<_frontdesk_v1_CreateVendorRequest, _frontdesk_v1_Vendor, _frontdesk_v1_CreateVendorRequest__Output, _frontdesk_v1_Vendor__Output>
  GetApproval: MethodDefinition<_frontdesk_v1_GetApprovalRequest, _frontdesk_v1_Approval, _frontdesk_v1_GetApprovalRequest__Output, _frontdesk_v1_Approval__Output>
  GetDepartment: MethodDefinition<_frontdesk_v1_GetDepartmentRequest, _frontdesk_v1_Department, _frontdesk_v1_GetDepartmentRequest__Output, _frontdesk_v1_Department__Output>
  GetSite: MethodDefinition<_frontdesk_v1_GetSiteRequest, _frontdesk_v1_Site, _frontdesk_v1_GetSiteRequest__Output, _frontdesk_v1_Site__Output>
  GetStaffMember: MethodDefinition<_frontdesk_v1_GetStaffMemberRequest, _frontdesk_v1_StaffMember, _frontdesk_v1_GetStaffMemberRequest__Output, _frontdesk_v1_StaffMember__Output>
  GetUnit: MethodDefinition<_frontdesk_v1_GetUnitRequest, _frontdesk_v1_Unit, _frontdesk_v1_GetUnitRequest__Output, _frontdesk_v1_Unit__Output>
  GetVendor: MethodDefinition<_frontdesk_v1_GetVendorRequest, _frontdesk_v1_Vendor, _frontdesk_v1_GetVendorRequest__Output, _frontdesk_v1_Vendor__Output>
  ListDepartments: MethodDefinition<_frontdesk_v1_ListDepartmentsRequest, _frontdesk_v1_ListDepartmentsResponse, _frontdesk_v1_ListDepartmentsRequest__Output, _frontdesk_v1_ListDepartmentsResponse__Output>
  ListResidentCallbacks: MethodDefinition<_frontdesk_v1_ListResidentCallbacksRequest, _frontdesk_v1_ListResidentCallbacksResponse, _frontdesk_v1_ListResidentCallbacksRequest__Output, _frontdesk_v1_ListResidentCallbacksResponse__Output>
  ListSites: MethodDefinition<_frontdesk_v1_ListSitesRequest, _frontdesk_v1_ListSitesResponse, _frontdesk_v1_ListSitesRequest__Output, _frontdesk_v1_ListSitesResponse__Output>
  ListStaffMembers: MethodDefinition<_frontdesk_v1_ListStaffMembersRequest, _frontdesk_v1_ListStaffMembersResponse, _frontdesk_v1_ListStaffMembersRequest__Output, _frontdesk_v1_ListStaffMembersResponse__Output>
  ListUnits: MethodDefinition<_frontdesk_v1_ListUnitsRequest, _frontdesk_v1_ListUnitsResponse, _frontdesk_v1_ListUnitsRequest__Output, _frontdesk_v1_ListUnitsResponse__Output>
  ListVendors: MethodDefinition<_frontdesk_v1_ListVendorsRequest, _frontdesk_v1_ListVendorsResponse, _frontdesk_v1_ListVendorsRequest__Output, _frontdesk_v1_ListVendorsResponse__Output>
  UpdateDepartment: MethodDefinition<_frontdesk_v1_UpdateDepartmentRequest, _frontdesk_v1_Department, _frontdesk_v1_UpdateDepartmentRequest__Output, _frontdesk_v1_Department__Output>
  UpdateVendor: MethodDefinition<_frontdesk_v1_UpdateVendorRequest, _frontdesk_v1_Vendor, _frontdesk_v1_UpdateVendorRequest__Output, _frontdesk_v1_Vendor__Output>
}
