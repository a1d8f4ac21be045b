// The permission table (permission_table.h). Roles are granted at the sites
// a staff member works at; ADMIN is everywhere. Visitor entries restate the
// visitor desks' own checks (visitor_access.h), which still refine them (an
// unmasked read, a supervisor's part of a key change).
#include "server/permission_table.h"

#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

// Everyone with a token: people of every role and service accounts.
constexpr RoleSet kAnyone = {
    Role::RECEPTIONIST, Role::SUPERVISOR, Role::MANAGER, Role::MAINTENANCE,
    Role::SECURITY,     Role::BUTLER,     Role::SERVICE};
constexpr RoleSet kManager = {Role::MANAGER};
constexpr RoleSet kSupervisor = {Role::SUPERVISOR, Role::MANAGER};
// The visitor desk: reception and the guards on the gate.
constexpr RoleSet kDesk = {Role::RECEPTIONIST, Role::SECURITY, Role::SUPERVISOR,
                           Role::MANAGER};
// Passes are also made by the residents' app (a service account).
constexpr RoleSet kPass = kDesk | RoleSet{Role::SERVICE};
constexpr RoleSet kAdminOnly = {};

constexpr Permission kTable[] = {
    // DirectoryService. The site register and the company's vendors and
    // staff are company-wide; units and departments belong to a site.
    {"DirectoryService.CreateSite", kAdminOnly, "", "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetSite", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListSites", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.CreateUnit", kSupervisor, "parent",
     "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetUnit", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListUnits", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.CreateStaffMember", kManager, "", "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetStaffMember", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListStaffMembers", kAnyone, "", "ACL-ONE-TABLE"},
    // One's own token; anyone else's is ADMIN's (the staff desk checks).
    {"DirectoryService.CreateAccessToken", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.CreateDepartment", kManager, "parent",
     "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetDepartment", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListDepartments", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.UpdateDepartment", kManager, "department.name",
     "D-DIRECTORY-WRITES"},
    {"DirectoryService.CreateVendor", kManager, "", "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetVendor", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListVendors", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.UpdateVendor", kManager, "", "D-DIRECTORY-WRITES"},

    // TicketService: every call is about one site's tickets.
    {"TicketService.CreateTicket", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.GetTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ListTickets", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.UpdateTicket", kAnyone, "ticket.name", "D-SITE-SCOPE"},
    {"TicketService.AddTicketNote", kAnyone, "ticket", "D-SITE-SCOPE"},
    {"TicketService.ListTicketEvents", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.DispatchTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ConfirmArrival", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.CompleteWorkOrder", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ListWorkOrders", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.PendTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ResumeTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ChangePromise", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.AgreeTicketPlan", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.RecordResidentNotice", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ResolveTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.RecordCallback", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ReopenTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.MarkTicketUnfounded", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.MarkTicketDuplicate", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.CancelTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ListCallbacksDue", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.ListOverdueTickets", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.EscalateTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.ListEscalations", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.UpdateSlaPolicy", kManager, "policy.name", "D-SITE-SCOPE"},
    {"TicketService.ListSlaPolicies", kAnyone, "parent", "D-SITE-SCOPE"},
    {"TicketService.LinkTicket", kAnyone, "name", "D-SITE-SCOPE"},
    {"TicketService.WatchTickets", kAnyone, "parent", "D-SITE-SCOPE"},

    // VisitorService: the desk's register, the supervisors' watchlist and
    // settings, the manager's access log.
    {"VisitorService.CheckInVisitor", kDesk, "parent", "D-SITE-SCOPE"},
    {"VisitorService.CheckOutVisitor", kDesk, "name", "D-SITE-SCOPE"},
    {"VisitorService.ListVisitorAlerts", kSupervisor, "parent", "D-SITE-SCOPE"},
    {"VisitorService.GetVisit", kDesk, "name", "D-SITE-SCOPE"},
    {"VisitorService.ListVisits", kDesk, "parent", "D-SITE-SCOPE"},
    {"VisitorService.CreateRefusal", kDesk, "parent", "D-SITE-SCOPE"},
    {"VisitorService.ListRefusals", kDesk, "parent", "D-SITE-SCOPE"},
    {"VisitorService.CreateWatchlistEntry", kSupervisor, "parent",
     "D-SITE-SCOPE"},
    {"VisitorService.ListWatchlistEntries", kSupervisor, "parent",
     "D-SITE-SCOPE"},
    {"VisitorService.DeleteWatchlistEntry", kSupervisor, "name",
     "D-SITE-SCOPE"},
    {"VisitorService.CreateVisitorPass", kPass, "parent", "D-SITE-SCOPE"},
    {"VisitorService.GetVisitorPass", kPass, "name", "D-SITE-SCOPE"},
    {"VisitorService.ListVisitorPasses", kPass, "parent", "D-SITE-SCOPE"},
    {"VisitorService.CancelVisitorPass", kPass, "name", "D-SITE-SCOPE"},
    {"VisitorService.GetVisitorSettings", kDesk, "name", "D-SITE-SCOPE"},
    {"VisitorService.UpdateVisitorSettings", kSupervisor,
     "visitor_settings.name", "D-SITE-SCOPE"},
    {"VisitorService.ListSensitiveDataAccesses", kManager, "parent",
     "D-SITE-SCOPE"},
    {"VisitorService.CreateKey", kDesk, "parent", "D-SITE-SCOPE"},
    {"VisitorService.GetKey", kDesk, "name", "D-SITE-SCOPE"},
    {"VisitorService.ListKeys", kDesk, "parent", "D-SITE-SCOPE"},
    {"VisitorService.UpdateKey", kDesk, "key.name", "D-SITE-SCOPE"},
    {"VisitorService.LendKey", kDesk, "name", "D-SITE-SCOPE"},
    {"VisitorService.ReturnKey", kDesk, "name", "D-SITE-SCOPE"},
    {"VisitorService.RetireKey", kSupervisor, "name", "D-SITE-SCOPE"},
    {"VisitorService.ListKeyEvents", kDesk, "parent", "D-SITE-SCOPE"},
};

}  // namespace

absl::Span<const Permission> PermissionTable() { return kTable; }

const Permission* FindPermission(absl::string_view method) {
  for (const Permission& entry : kTable) {
    if (entry.method == method) return &entry;
  }
  return nullptr;
}

}  // namespace frontdesk
