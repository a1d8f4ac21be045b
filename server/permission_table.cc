// The permission table (permission_table.h). Roles are granted at the sites
// a staff member works at; ADMIN is everywhere. Visitor entries restate the
// visitor desks' own checks (visitor_access.h), which still refine them (an
// unmasked read, a supervisor's part of a key change).
#include "server/permission_table.h"

#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

// The staff, people of every role. A vendor's contact is no colleague: an
// outside company's person, they reach only their vendor's work orders and
// the tickets of those (kWorkOrder, kTicketGetters) [T-VENDOR-CONTACT].
constexpr RoleSet kPeople = {Role::RECEPTIONIST, Role::SUPERVISOR,
                             Role::MANAGER,      Role::MAINTENANCE,
                             Role::SECURITY,     Role::BUTLER};
// Everyone with a token but vendors' contacts: the staff and every service
// account, each of which has one purpose [ACL-SERVICE-PURPOSE].
constexpr RoleSet kAnyone =
    kPeople |
    RoleSet{Role::RESIDENT_APP, Role::CLOCK_TERMINAL, Role::REPORT_JOB};
constexpr RoleSet kManager = {Role::MANAGER};
constexpr RoleSet kSupervisor = {Role::SUPERVISOR, Role::MANAGER};
// The visitor desk: reception and the guards on the gate.
constexpr RoleSet kDesk = {Role::RECEPTIONIST, Role::SECURITY, Role::SUPERVISOR,
                           Role::MANAGER};
// The handover's writers: the front desk and those who stand in for it.
constexpr RoleSet kHandoverWriters = {Role::RECEPTIONIST, Role::SUPERVISOR,
                                      Role::MANAGER};
// Passes are also made by the residents' app (a service account).
constexpr RoleSet kPass = kDesk | RoleSet{Role::RESIDENT_APP};
constexpr RoleSet kAdminOnly = {};
// The customer service desk of a site: its tickets are theirs to run.
constexpr RoleSet kTicketDesk = {Role::RECEPTIONIST, Role::SUPERVISOR,
                                 Role::MANAGER};
// Who brings a resident's matter in: the desk, butlers, guards on patrol,
// the residents' app.
constexpr RoleSet kTicketIntake =
    kTicketDesk | RoleSet{Role::BUTLER, Role::SECURITY, Role::RESIDENT_APP};
// Who searches and lists a site's tickets: the desk, and butlers (管家) who
// look after residents.
constexpr RoleSet kTicketReaders = kTicketDesk | RoleSet{Role::BUTLER};
// Who follows a ticket they know: those, and the residents' app, which
// never searches (a resident's tickets by phone are not an app's to list).
constexpr RoleSet kTicketFollowers =
    kTicketReaders | RoleSet{Role::RESIDENT_APP};
// Who reports on work orders: the desk that phones residents, the
// maintenance staff they are assigned to, and the contacts of the vendor
// they are assigned to (the desks narrow both to their own orders).
constexpr RoleSet kWorkOrder =
    kTicketDesk | RoleSet{Role::MAINTENANCE, Role::VENDOR_CONTACT};
// Who reads one ticket and its history: its followers, and the maintenance
// worker or vendor it is dispatched to, who needs where to go, whom to call
// and what was said; the desk lets them read only the tickets of their own
// (their vendor's) work orders [T-WORK-ORDER-ASSIGNEE] [T-VENDOR-CONTACT].
constexpr RoleSet kTicketGetters =
    kTicketFollowers | RoleSet{Role::MAINTENANCE, Role::VENDOR_CONTACT};
// Who clocks in and out: the staff who work shifts, and the site's clock
// terminal naming them [R-NO-UNOFFICIAL-COVER].
constexpr RoleSet kClockers = kTicketDesk | RoleSet{Role::CLOCK_TERMINAL};
// Who reads monthly attendance: the shift workers (their own), their
// supervisors, and the monthly report job.
constexpr RoleSet kAttendanceReaders = kTicketDesk | RoleSet{Role::REPORT_JOB};

// Who reads a site's reports: supervisors, managers and the report job;
// the desk's own reports (the day's duty report, the open items) also the
// receptionists [REP-ROLES].
constexpr RoleSet kReportReaders = kSupervisor | RoleSet{Role::REPORT_JOB};
constexpr RoleSet kReportDesk = kTicketDesk | RoleSet{Role::REPORT_JOB};
// Who records and reads the periodic resident callbacks (回访): the front
// desk that makes the calls, and its supervisors and manager who answer for
// the plan's coverage. Not the residents' app (the residents are the ones
// called), nor butlers or security: they do not record or read the desk's
// callbacks, though they may bring a ticket in (kTicketIntake)
// [T-PERIODIC-RESIDENT-VISITS].
constexpr RoleSet kCallbackDesk = kTicketDesk;

constexpr Permission kTable[] = {
    // DirectoryService. The site register and the company's vendors and
    // staff are company-wide; units and departments belong to a site.
    {"DirectoryService.CreateSite", kAdminOnly, "", "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetSite", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListSites", kAnyone, "", "ACL-ONE-TABLE"},
    {"DirectoryService.CreateUnit", kSupervisor, "parent",
     "D-DIRECTORY-WRITES"},
    // A site's units and departments are its own staff's (and its
    // residents' app's, for the units) [D-SITE-SCOPE].
    {"DirectoryService.GetUnit", kPeople | RoleSet{Role::RESIDENT_APP}, "name",
     "D-SITE-SCOPE"},
    {"DirectoryService.ListUnits", kPeople | RoleSet{Role::RESIDENT_APP},
     "parent", "D-SITE-SCOPE"},
    {"DirectoryService.CreateStaffMember", kManager, "", "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetStaffMember", kPeople, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListStaffMembers", kPeople, "", "ACL-ONE-TABLE"},
    // One's own token; anyone else's is ADMIN's (the staff desk checks).
    {"DirectoryService.CreateAccessToken", kPeople, "", "ACL-ONE-TABLE"},
    // An approval is given by the approver at their own site: which
    // action each role may approve (a department's head: its plans) is the
    // approval desk's check [ACL-APPROVAL-BY-APPROVER]; an approval is read
    // by its approver and the site's supervisors.
    {"DirectoryService.CreateApproval", kPeople, "parent",
     "ACL-APPROVAL-BY-APPROVER"},
    {"DirectoryService.GetApproval", kPeople, "name",
     "ACL-APPROVAL-BY-APPROVER"},
    {"DirectoryService.CreateDepartment", kManager, "parent",
     "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetDepartment", kPeople, "name", "D-SITE-SCOPE"},
    {"DirectoryService.ListDepartments", kPeople, "parent", "D-SITE-SCOPE"},
    {"DirectoryService.UpdateDepartment", kManager, "department.name",
     "D-DIRECTORY-WRITES"},
    // Vendors are the company's; a manager writes only vendors serving the
    // sites they manage (the vendor desk checks the sites) [D-VENDOR-SITES].
    {"DirectoryService.CreateVendor", kManager, "", "D-DIRECTORY-WRITES"},
    {"DirectoryService.GetVendor", kPeople, "", "ACL-ONE-TABLE"},
    {"DirectoryService.ListVendors", kPeople, "", "ACL-ONE-TABLE"},
    {"DirectoryService.UpdateVendor", kManager, "", "D-DIRECTORY-WRITES"},

    // TicketService: every call is about one site's tickets. The desk
    // records, dispatches, chases and calls back; butlers and guards
    // bring in what residents tell them or what they find on patrol, and
    // the residents' app raises and follows its residents' tickets;
    // maintenance sees only its own work orders, a vendor's contact only
    // the vendor's [T-WORK-ORDER-ASSIGNEE] [T-VENDOR-CONTACT];
    // closing a ticket without the resident's satisfaction (cancel,
    // unfounded) and reopening it are a supervisor's judgement.
    {"TicketService.CreateTicket", kTicketIntake, "parent", "T-ROLES"},
    {"TicketService.GetTicket", kTicketGetters, "name", "T-ROLES"},
    {"TicketService.ListTickets", kTicketReaders, "parent", "T-ROLES"},
    {"TicketService.UpdateTicket", kTicketDesk, "ticket.name", "T-ROLES"},
    {"TicketService.AddTicketNote", kTicketIntake, "ticket", "T-ROLES"},
    {"TicketService.ListTicketEvents", kTicketGetters, "parent", "T-ROLES"},
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
    {"TicketService.WatchTickets", kTicketFollowers, "parent", "T-ROLES"},

    // ReportService: the desk reads the daily
    // report; supervisors, managers and the report job read the rest; the
    // site's supervisor or manager sets what no seed fixes [REP-ROLES].
    {"ReportService.GetDailyDutyReport", kReportDesk, "site", "REP-ROLES"},
    {"ReportService.GetWeeklySummary", kReportReaders, "site", "REP-ROLES"},
    {"ReportService.GetMonthlyStatistics", kReportReaders, "site", "REP-ROLES"},
    {"ReportService.GetComplaintAnalysis", kReportReaders, "site",
     "REP-ROLES"},
    {"ReportService.GetOpenItemsList", kReportDesk, "site", "REP-ROLES"},
    {"ReportService.GetServiceQualityReport", kReportReaders, "site",
     "REP-ROLES"},
    {"ReportService.GetReportSettings", kReportDesk, "name", "REP-ROLES"},
    {"ReportService.UpdateReportSettings", kSupervisor, "report_settings.name",
     "REP-SETTINGS"},
    // The staff report: as the monthly statistics, for the monthly job
    // that archives it [REP-STAFF-WORKLOAD].
    {"ReportService.GetStaffReport", kReportReaders, "site", "REP-ROLES"},

    // Periodic resident callbacks (回访): recorded and listed by the site's
    // front desk only (kCallbackDesk); the plan is read as the daily duty
    // report [T-PERIODIC-RESIDENT-VISITS].
    {"DirectoryService.CreateResidentCallback", kCallbackDesk, "parent",
     "T-PERIODIC-RESIDENT-VISITS"},
    {"DirectoryService.ListResidentCallbacks", kCallbackDesk, "parent",
     "T-PERIODIC-RESIDENT-VISITS"},
    {"ReportService.GetResidentCallbackPlan", kReportDesk, "site",
     "T-PERIODIC-RESIDENT-VISITS"},

    // RosterService: everyone at a site reads its roster; the manager sets
    // its policy and calendar; supervisors plan the duties [R-ROLES].
    {"RosterService.GetRosterPolicy", kPeople, "name", "R-ROLES"},
    {"RosterService.UpdateRosterPolicy", kManager, "roster_policy.name",
     "R-ROLES"},
    {"RosterService.GetShift", kPeople, "name", "R-ROLES"},
    {"RosterService.ListShifts", kPeople, "parent", "R-ROLES"},
    {"RosterService.CreateDutyAssignment", kSupervisor, "parent", "R-ROLES"},
    {"RosterService.DeleteDutyAssignment", kSupervisor, "name", "R-ROLES"},
    {"RosterService.ListDutyAssignments", kPeople, "parent", "R-ROLES"},
    {"RosterService.ListCalendarDays", kPeople, "parent", "R-SWAP-NOTICE"},
    {"RosterService.UpdateCalendarDay", kManager, "calendar_day.name",
     "R-SWAP-NOTICE"},
    {"RosterService.DeleteCalendarDay", kManager, "name", "R-SWAP-NOTICE"},
    // Handover: the desk writes and accepts it (the desk checks who is on
    // duty on which shift); everyone at the site reads it; supervisors
    // consent, release and countersign.
    {"RosterService.CreateHandover", kHandoverWriters, "parent",
     "R-HANDOVER-LOG"},
    {"RosterService.GetHandover", kPeople, "name", "R-ROLES"},
    {"RosterService.ListHandovers", kPeople, "parent", "R-ROLES"},
    {"RosterService.UpdateHandover", kHandoverWriters, "handover.name",
     "R-HANDOVER-LOG"},
    {"RosterService.SubmitHandover", kHandoverWriters, "name",
     "R-HANDOVER-LOG"},
    {"RosterService.ConsentHandoverItem", kSupervisor, "name",
     "R-SIGNIFICANT-ITEM-CONSENT"},
    {"RosterService.AcceptHandover", kHandoverWriters, "name",
     "R-HANDOVER-ACCEPT"},
    {"RosterService.ReleaseFromDuty", kSupervisor, "name", "R-RELIEF-FIRST"},
    {"RosterService.CountersignHandover", kSupervisor, "name", "R-COUNTERSIGN"},
    // Swaps: the two parties (receptionists; the desk checks who is a
    // party and STAFF_NOT_QUALIFIED), and the site's supervisors and
    // managers, who alone approve or reject [R-SWAP-APPROVED].
    {"RosterService.CreateShiftSwap", kTicketDesk, "parent", "R-SWAP-APPROVED"},
    {"RosterService.GetShiftSwap", kTicketDesk, "name", "R-SWAP-APPROVED"},
    {"RosterService.ListShiftSwaps", kTicketDesk, "parent", "R-SWAP-APPROVED"},
    {"RosterService.AgreeShiftSwap", kTicketDesk, "name", "R-SWAP-APPROVED"},
    {"RosterService.DeclineShiftSwap", kTicketDesk, "name", "R-SWAP-APPROVED"},
    {"RosterService.ApproveShiftSwap", kSupervisor, "name", "R-SWAP-APPROVED"},
    {"RosterService.RejectShiftSwap", kSupervisor, "name", "R-SWAP-APPROVED"},
    {"RosterService.CancelShiftSwap", kTicketDesk, "name", "R-SWAP-APPROVED"},
    // Leave: anyone for themself; "staff/..." names no site, so the leave
    // desk checks the leave's site: the applicant's own, its supervisors'
    // and managers' to see and decide (by step), report back by either
    // [R-LEAVE-FLOW].
    {"RosterService.CreateLeaveApplication", kPeople, "", "R-LEAVE-FLOW"},
    {"RosterService.GetLeaveApplication", kPeople, "", "R-LEAVE-FLOW"},
    {"RosterService.ListLeaveApplications", kPeople, "", "R-LEAVE-FLOW"},
    {"RosterService.ApproveLeaveApplication", kSupervisor, "", "R-LEAVE-FLOW"},
    {"RosterService.RejectLeaveApplication", kSupervisor, "", "R-LEAVE-FLOW"},
    {"RosterService.CancelLeaveApplication", kPeople, "", "R-LEAVE-FLOW"},
    {"RosterService.ReturnFromLeave", kPeople, "", "R-LEAVE-FLOW"},
    // Attendance: the staff who work shifts clock in and out, and the
    // site's clock terminal for them [R-NO-UNOFFICIAL-COVER]
    // [R-RELIEF-FIRST]. Records, corrections and summaries are "staff/..."
    // names: the desks check the person or a supervisor of the record's
    // site; the report job reads summaries [R-ATTENDANCE].
    {"RosterService.ClockIn", kClockers, "site", "R-NO-UNOFFICIAL-COVER"},
    {"RosterService.ClockOut", kClockers, "site", "R-RELIEF-FIRST"},
    {"RosterService.GetAttendanceRecord", kTicketDesk, "", "R-ATTENDANCE"},
    {"RosterService.ListAttendanceRecords", kTicketDesk, "", "R-ATTENDANCE"},
    {"RosterService.CreateAttendanceCorrection", kTicketDesk, "",
     "R-ATTENDANCE"},
    {"RosterService.ListAttendanceCorrections", kTicketDesk, "",
     "R-ATTENDANCE"},
    {"RosterService.ApproveAttendanceCorrection", kSupervisor, "",
     "R-ATTENDANCE"},
    {"RosterService.RejectAttendanceCorrection", kSupervisor, "",
     "R-ATTENDANCE"},
    {"RosterService.GetAttendanceSummary", kAttendanceReaders, "",
     "R-ATTENDANCE"},
    {"RosterService.ListAttendanceSummaries", kAttendanceReaders, "",
     "R-ATTENDANCE"},

    // VisitorService: the desk's register, the supervisors' watchlist and
    // settings, the manager's access log.
    {"VisitorService.CheckInVisitor", kDesk, "parent", "V-ROLES"},
    {"VisitorService.CheckOutVisitor", kDesk, "name", "V-ROLES"},
    {"VisitorService.ListVisitorAlerts", kSupervisor, "parent",
     "V-WATCHLIST-SUPERVISORS"},
    {"VisitorService.GetVisit", kDesk, "name", "V-ROLES"},
    {"VisitorService.ListVisits", kDesk, "parent", "V-ROLES"},
    {"VisitorService.CreateRefusal", kDesk, "parent", "V-ROLES"},
    {"VisitorService.ListRefusals", kDesk, "parent", "V-ROLES"},
    {"VisitorService.CreateWatchlistEntry", kSupervisor, "parent",
     "V-WATCHLIST-SUPERVISORS"},
    {"VisitorService.ListWatchlistEntries", kSupervisor, "parent",
     "V-WATCHLIST-SUPERVISORS"},
    {"VisitorService.DeleteWatchlistEntry", kSupervisor, "name",
     "V-WATCHLIST-SUPERVISORS"},
    {"VisitorService.CreateVisitorPass", kPass, "parent",
     "V-PASS-RESIDENT-APP"},
    {"VisitorService.GetVisitorPass", kPass, "name", "V-PASS-RESIDENT-APP"},
    {"VisitorService.ListVisitorPasses", kPass, "parent",
     "V-PASS-RESIDENT-APP"},
    {"VisitorService.CancelVisitorPass", kPass, "name", "V-PASS-RESIDENT-APP"},
    {"VisitorService.GetVisitorSettings", kDesk, "name", "V-ROLES"},
    {"VisitorService.UpdateVisitorSettings", kSupervisor,
     "visitor_settings.name", "V-ROLES"},
    {"VisitorService.ListSensitiveDataAccesses", kManager, "parent", "V-ROLES"},
    {"VisitorService.CreateKey", kDesk, "parent", "V-ROLES"},
    {"VisitorService.GetKey", kDesk, "name", "V-ROLES"},
    {"VisitorService.ListKeys", kDesk, "parent", "V-ROLES"},
    {"VisitorService.UpdateKey", kDesk, "key.name", "V-ROLES"},
    {"VisitorService.LendKey", kDesk, "name", "V-ROLES"},
    {"VisitorService.ReturnKey", kDesk, "name", "V-ROLES"},
    {"VisitorService.RetireKey", kSupervisor, "name", "V-ROLES"},
    {"VisitorService.ListKeyEvents", kDesk, "parent", "V-ROLES"},
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
