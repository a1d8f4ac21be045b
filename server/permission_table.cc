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
// The people of a site, whatever their role (not the service accounts).
constexpr RoleSet kStaff = {Role::RECEPTIONIST, Role::SUPERVISOR,
                            Role::MANAGER,      Role::MAINTENANCE,
                            Role::SECURITY,     Role::BUTLER};
constexpr RoleSet kManager = {Role::MANAGER};
constexpr RoleSet kSupervisor = {Role::SUPERVISOR, Role::MANAGER};
// The visitor desk: reception and the guards on the gate.
constexpr RoleSet kDesk = {Role::RECEPTIONIST, Role::SECURITY, Role::SUPERVISOR,
                           Role::MANAGER};
// Passes are also made by the residents' app (a service account).
constexpr RoleSet kPass = kDesk | RoleSet{Role::SERVICE};
constexpr RoleSet kAdminOnly = {};
// The customer service desk of a site: its tickets are theirs to run.
constexpr RoleSet kTicketDesk = {Role::RECEPTIONIST, Role::SUPERVISOR,
                                 Role::MANAGER};
// Who brings a resident's matter in: the desk, butlers, guards on patrol,
// the residents' app.
constexpr RoleSet kTicketIntake =
    kTicketDesk | RoleSet{Role::BUTLER, Role::SECURITY, Role::SERVICE};
// Who follows a site's tickets: the desk, butlers (管家) who look after
// residents, the residents' app.
constexpr RoleSet kTicketReaders =
    kTicketDesk | RoleSet{Role::BUTLER, Role::SERVICE};
// Who reports on work orders: the desk that phones residents, and the
// maintenance staff they are assigned to.
constexpr RoleSet kWorkOrder = kTicketDesk | RoleSet{Role::MAINTENANCE};

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
    // An approval is given by the approver at their own site: which
    // action each role may approve (a department's head: its plans) is the
    // approval desk's check [ACL-APPROVAL-BY-APPROVER]; an approval is read
    // by its approver and the site's supervisors.
    {"DirectoryService.CreateApproval", kStaff, "parent",
     "ACL-APPROVAL-BY-APPROVER"},
    {"DirectoryService.GetApproval", kStaff, "name",
     "ACL-APPROVAL-BY-APPROVER"},
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

    // TicketService: every call is about one site's tickets. The desk
    // records, dispatches, chases and calls back; butlers and guards
    // bring in what residents tell them or what they find on patrol, and
    // the residents' app raises and follows its residents' tickets;
    // maintenance sees only its own work orders [T-WORK-ORDER-ASSIGNEE];
    // closing a ticket without the resident's satisfaction (cancel,
    // unfounded) and reopening it are a supervisor's judgement.
    {"TicketService.CreateTicket", kTicketIntake, "parent", "T-ROLES"},
    {"TicketService.GetTicket", kTicketReaders, "name", "T-ROLES"},
    {"TicketService.ListTickets", kTicketReaders, "parent", "T-ROLES"},
    {"TicketService.UpdateTicket", kTicketDesk, "ticket.name", "T-ROLES"},
    {"TicketService.AddTicketNote", kTicketIntake, "ticket", "T-ROLES"},
    {"TicketService.ListTicketEvents", kTicketReaders, "parent", "T-ROLES"},
    {"TicketService.DispatchTicket", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.ConfirmArrival", kWorkOrder, "name",
     "T-WORK-ORDER-ASSIGNEE"},
    {"TicketService.CompleteWorkOrder", kWorkOrder, "name",
     "T-WORK-ORDER-ASSIGNEE"},
    {"TicketService.ListWorkOrders", kWorkOrder, "parent",
     "T-WORK-ORDER-ASSIGNEE"},
    {"TicketService.PendTicket", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.ResumeTicket", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.ChangePromise", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.AgreeTicketPlan", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.RecordResidentNotice", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.ResolveTicket", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.RecordCallback", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.ReopenTicket", kSupervisor, "name", "T-ROLES"},
    {"TicketService.MarkTicketUnfounded", kSupervisor, "name", "T-ROLES"},
    {"TicketService.MarkTicketDuplicate", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.CancelTicket", kSupervisor, "name", "T-ROLES"},
    {"TicketService.ListCallbacksDue", kTicketDesk, "parent", "T-ROLES"},
    {"TicketService.ListOverdueTickets", kTicketDesk, "parent", "T-ROLES"},
    {"TicketService.EscalateTicket", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.ListEscalations", kTicketDesk, "parent", "T-ROLES"},
    {"TicketService.UpdateSlaPolicy", kManager, "policy.name", "T-ROLES"},
    {"TicketService.ListSlaPolicies", kTicketDesk, "parent", "T-ROLES"},
    {"TicketService.LinkTicket", kTicketDesk, "name", "T-ROLES"},
    {"TicketService.WatchTickets", kTicketReaders, "parent", "T-ROLES"},

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
