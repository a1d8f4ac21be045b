#include "server/ticket/reporter_rules.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/identity.h"
#include "common/names.h"
#include "common/reporter_fields.h"
#include "common/status.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

}  // namespace

ReporterSight ReporterSightFor(const Principal& who, absl::string_view site_id,
                               bool assignee_of_open_order) {
  ReporterSight sight;
  if (AtSiteDesk(who, site_id)) {
    sight.clear = true;
  } else if (assignee_of_open_order) {
    sight.clear = true;
    sight.audit_reason = "assignee of an open work order of the ticket";
  } else if (who.HasRole(Role::ADMIN)) {
    sight.clear = true;
    sight.audit_reason = "ADMIN, outside the site's desk";
  }
  return sight;
}

void MaskReporter(v1::Contact* reporter) {
  reporter->set_name(MaskPersonName(reporter->name()));
  reporter->set_phone(MaskPhone(reporter->phone()));
}

bool HoldsPersonalData(const v1::Contact& reporter) {
  return !reporter.name().empty() || !reporter.phone().empty();
}

void MaskReporterChanges(v1::TicketEvent* event) {
  for (v1::FieldChange& c : *event->mutable_changes()) {
    if (c.field() == kReporterNameField) {
      c.set_old_value(MaskPersonName(c.old_value()));
      c.set_new_value(MaskPersonName(c.new_value()));
    } else if (c.field() == kReporterPhoneField) {
      c.set_old_value(MaskPhone(c.old_value()));
      c.set_new_value(MaskPhone(c.new_value()));
    }
  }
}

bool HoldsPersonalData(const v1::TicketEvent& event) {
  for (const v1::FieldChange& c : event.changes()) {
    if (IsReporterPersonalField(c.field()) &&
        (!c.old_value().empty() || !c.new_value().empty())) {
      return true;
    }
  }
  return false;
}

absl::Status CheckNotMaskedName(absl::string_view field,
                                absl::string_view name) {
  if (!absl::StrContains(name, '*')) return absl::OkStatus();
  return InvalidField(field,
                      "must not contain '*': a masked name is never "
                      "accepted back");
}

absl::StatusOr<bool> CheckPhoneSearch(const Principal& who,
                                      absl::string_view parent_site_id) {
  const bool across = parent_site_id == "-";
  bool allowed = who.HasRole(Role::ADMIN);
  if (across) {
    allowed =
        allowed || who.HasRole(Role::SUPERVISOR) || who.HasRole(Role::MANAGER);
  } else {
    allowed = allowed || AtSiteDesk(who, parent_site_id);
  }
  if (allowed) return across;
  return Error(
      absl::StatusCode::kPermissionDenied, "PHONE_SEARCH_NOT_PERMITTED",
      across ? absl::StrCat(who.name(),
                            " may not search tickets by the reporter's phone "
                            "across sites; that is a SUPERVISOR's or "
                            "MANAGER's audited search")
             : absl::StrCat(who.name(),
                            " may not search tickets by the reporter's phone "
                            "at ",
                            SiteName(parent_site_id),
                            "; that is the site desk's search"),
      {{"rule", "T-PHONE-SEARCH-AUDITED"}});
}

}  // namespace frontdesk
