// The dispatch and work-order rules of work_order_rules.h.
#include "server/ticket/work_order_rules.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/grants.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"
#include "server/ticket/sla.h"

namespace frontdesk {

absl::Status ValidateDispatchRequest(const v1::DispatchTicketRequest& req,
                                     absl::Time now) {
  Violations v;
  if (!v1::RepairRoute_IsValid(req.route())) {
    v.Add("route", "is not a known route");
  }
  if (req.assignee().empty()) v.Add("assignee", "is required");
  v.Merge(CheckText("instructions", req.instructions(), 0, 2000, true));
  for (int i = 0; i < req.parties_size(); ++i) {
    v.Merge(CheckText(absl::StrCat("parties[", i, "]"), req.parties(i), 1, 64));
  }
  if (req.has_promised_time()) {
    v.Merge(CheckPromise(
        FromMicros(google::protobuf::util::TimeUtil::TimestampToMicroseconds(
            req.promised_time())),
        now, "promised_time"));
  }
  if (req.route() == v1::REPAIR_ROUTE_COORDINATION && req.parties_size() < 2) {
    v.Add("parties", "a coordination route names at least two parties");
  }
  if (req.route() != v1::REPAIR_ROUTE_DEVELOPER_WARRANTY &&
      !req.approval().empty()) {
    v.Add("approval",
          "is the site manager's sign-off of the DEVELOPER_WARRANTY route "
          "only");
  }
  return v.ToStatus();
}

namespace {

// The site's desk (or ADMIN): they record what is phoned in for any order.
bool IsTicketDeskAt(const Principal& who, absl::string_view site_id) {
  return who.HasRole(v1::StaffMember::ADMIN) || AtSiteDesk(who, site_id);
}

// Whose orders `who` acts on, in a refusal: "them", or their vendor.
std::string AssigneeWords(const Principal& who) {
  return who.vendor_id.empty() ? "them" : who.assignee_name();
}

// The rule a refusal of `who` applies: a vendor's contact's, or a worker's.
absl::string_view AssigneeRule(const Principal& who) {
  return who.vendor_id.empty() ? "T-WORK-ORDER-ASSIGNEE" : "T-VENDOR-CONTACT";
}

}  // namespace

std::string VisibleWorkOrderAssignee(const Principal& who,
                                     absl::string_view site_id) {
  return IsTicketDeskAt(who, site_id) ? "" : who.assignee_name();
}

absl::Status NotTheirWorkOrder(const Principal& who,
                               absl::string_view order_name) {
  return Error(
      absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
      absl::StrCat(who.name(), " may report only on work orders assigned to ",
                   AssigneeWords(who), "; ", order_name, " is not"),
      {{"rule", std::string(AssigneeRule(who))}});
}

absl::Status CheckWorkOrderReporter(const Principal& who,
                                    const v1::WorkOrder& order) {
  if (IsTicketDeskAt(who, SiteOfName(order.name()))) return absl::OkStatus();
  if (order.assignee() == who.assignee_name()) return absl::OkStatus();
  return NotTheirWorkOrder(who, order.name());
}

absl::Status HideMissingWorkOrder(const Principal& who,
                                  absl::string_view order_name,
                                  absl::Status status) {
  if (status.code() != absl::StatusCode::kNotFound) return status;
  if (IsTicketDeskAt(who, SiteOfName(order_name))) return status;
  return NotTheirWorkOrder(who, order_name);
}

absl::Status CheckStaffAssignee(const v1::StaffMember& staff) {
  if (!staff.vendor().empty()) {
    return InvalidField(
        "assignee",
        absl::StrCat(staff.name(), " is a contact of ", staff.vendor(),
                     "; assign the order to ", staff.vendor(), " itself"));
  }
  for (const v1::RoleGrant& grant : staff.grants()) {
    if (IsServicePurpose(grant.role())) {
      return InvalidField("assignee",
                          absl::StrCat(staff.name(),
                                       " is a service account, not a person "
                                       "who can do the work"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckWorkerReadsTicket(const Principal& who,
                                    absl::string_view ticket_name,
                                    bool assigned_an_order) {
  if (assigned_an_order) return absl::OkStatus();
  return Error(
      absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
      absl::StrCat(who.name(),
                   " reads only the tickets of work orders assigned to ",
                   AssigneeWords(who), "; ", ticket_name, " has none"),
      {{"rule", std::string(AssigneeRule(who))}});
}

bool NeedsRoute(v1::Ticket::Kind kind, v1::Ticket::ComplaintClass complaint) {
  return kind == v1::Ticket::REPAIR ||
         (kind == v1::Ticket::COMPLAINT && complaint == v1::Ticket::FACILITY);
}

absl::Status CheckRouteChosen(v1::Ticket::Kind kind,
                              v1::Ticket::ComplaintClass complaint,
                              v1::RepairRoute route) {
  if (NeedsRoute(kind, complaint) && route == v1::REPAIR_ROUTE_UNSPECIFIED) {
    return InvalidField("route",
                        "a repair or facility complaint needs a "
                        "route: own maintenance, developer warranty, "
                        "external vendor or coordination");
  }
  return absl::OkStatus();
}

absl::Status CheckInternalAssignee(v1::RepairRoute route) {
  if (route == v1::REPAIR_ROUTE_EXTERNAL_VENDOR ||
      route == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY) {
    return InvalidField("assignee",
                        "an external-vendor or warranty route goes to a "
                        "vendor (\"vendors/{vendor}\")");
  }
  return absl::OkStatus();
}

absl::Status CheckVendorAssignee(v1::RepairRoute route, v1::Vendor::Trade trade,
                                 bool serves_site, const std::string& assignee,
                                 const std::string& site_id) {
  if (!serves_site) {
    return Error(absl::StatusCode::kFailedPrecondition,
                 "VENDOR_NOT_SERVING_SITE",
                 absl::StrCat(assignee, " does not serve sites/", site_id));
  }
  if (route == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY &&
      trade != v1::Vendor::DEVELOPER_PROJECT_TEAM) {
    return InvalidField("assignee",
                        "a warranty repair goes to the developer's project "
                        "team (a vendor of trade DEVELOPER_PROJECT_TEAM)");
  }
  return absl::OkStatus();
}

absl::Status CheckArrivalAllowed(v1::WorkOrder::State state) {
  if (state != v1::WorkOrder::OPEN) {
    return Error(absl::StatusCode::kFailedPrecondition, "WORK_ORDER_NOT_OPEN",
                 absl::StrCat("arrival is confirmed on an OPEN work "
                              "order; this one is ",
                              v1::WorkOrder::State_Name(state)));
  }
  return absl::OkStatus();
}

absl::Status CheckCompletionAllowed(v1::WorkOrder::State state) {
  if (state != v1::WorkOrder::OPEN && state != v1::WorkOrder::ARRIVED) {
    return Error(absl::StatusCode::kFailedPrecondition, "WORK_ORDER_NOT_OPEN",
                 absl::StrCat("only an OPEN or ARRIVED work order can "
                              "be completed; this one is ",
                              v1::WorkOrder::State_Name(state)));
  }
  return absl::OkStatus();
}

absl::Status ValidateCompletion(const v1::CompleteWorkOrderRequest& req) {
  Violations v;
  v.Merge(CheckText("work_done", req.work_done(), 1, 2000, true));
  if (!(req.labour_hours() >= 0 && req.labour_hours() <= 1000)) {
    v.Add("labour_hours", "must be between 0 and 1000 hours");
  }
  for (int i = 0; i < req.materials_size(); ++i) {
    const auto& m = req.materials(i);
    std::string field = absl::StrCat("materials[", i, "]");
    v.Merge(CheckText(field + ".name", m.name(), 1, 64));
    if (!(m.quantity() > 0 && m.quantity() < 1e6)) {
      v.Add(field + ".quantity", "must be greater than 0");
    }
    v.Merge(CheckText(field + ".unit", m.unit(), 0, 16));
  }
  v.Merge(CheckText("acceptance_note", req.acceptance_note(), 0, 500, true));
  return v.ToStatus();
}

}  // namespace frontdesk
