#include "common/names.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/status.h"
#include "common/ticket_number.h"
#include "common/validation.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {
namespace {

bool AllDigits(absl::string_view s) {
  for (char c : s) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// {unit}: "{building}-{entrance}-{room}", each 1..16 of [A-Za-z0-9].
bool IsUnitId(absl::string_view id) {
  std::vector<absl::string_view> parts = absl::StrSplit(id, '-');
  if (parts.size() != 3) return false;
  for (absl::string_view part : parts) {
    if (part.empty() || part.size() > 16) return false;
    for (char c : part) {
      if (!absl::ascii_isalnum(static_cast<unsigned char>(c))) return false;
    }
  }
  return true;
}

// A ticket id as TicketName() writes it: digits, no sign, no leading zero.
bool IsCanonicalId(absl::string_view text) {
  if (text.empty() || text[0] == '0') return false;
  for (char c : text) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

absl::Status CheckSiteId(absl::string_view field, absl::string_view id) {
  return CheckId(field, id, 2, 16);
}

absl::Status CheckStaffId(absl::string_view field, absl::string_view id) {
  return CheckId(field, id, 2, 32, "._-");
}

absl::Status CheckDepartmentId(absl::string_view field, absl::string_view id) {
  return CheckId(field, id, 2, 32, "._-");
}

absl::Status CheckVendorId(absl::string_view field, absl::string_view id) {
  return CheckId(field, id, 2, 32, "._-");
}

std::string SiteName(absl::string_view site_id) {
  return absl::StrCat("sites/", site_id);
}
std::string UnitName(absl::string_view site_id, absl::string_view unit_id) {
  return absl::StrCat("sites/", site_id, "/units/", unit_id);
}
std::string StaffName(absl::string_view staff_id) {
  return absl::StrCat("staff/", staff_id);
}
std::string TicketName(absl::string_view site_id, int64_t ticket_id) {
  return absl::StrCat("sites/", site_id, "/tickets/", ticket_id);
}

std::string DepartmentName(absl::string_view site_id,
                           absl::string_view department_id) {
  return absl::StrCat("sites/", site_id, "/departments/", department_id);
}
std::string VendorName(absl::string_view vendor_id) {
  return absl::StrCat("vendors/", vendor_id);
}

absl::StatusOr<std::string> ParseSiteName(absl::string_view field,
                                          absl::string_view name,
                                          bool allow_wildcard) {
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, "sites/") ||
      (!(allow_wildcard && id == "-") && !CheckSiteId(field, id).ok())) {
    return InvalidField(field, allow_wildcard
                                   ? "must be \"sites/{site}\" or \"sites/-\""
                                   : "must be \"sites/{site}\"");
  }
  return std::string(id);
}

absl::StatusOr<UnitRef> ParseUnitName(absl::string_view field,
                                      absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "units" ||
      !CheckSiteId(field, parts[1]).ok() || !IsUnitId(parts[3])) {
    return InvalidField(field, "must be \"sites/{site}/units/{unit}\"");
  }
  return UnitRef{std::string(parts[1]), std::string(parts[3])};
}

absl::StatusOr<std::string> ParseStaffName(absl::string_view field,
                                           absl::string_view name) {
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, "staff/") || !CheckStaffId(field, id).ok()) {
    return InvalidField(field, "must be \"staff/{staff}\"");
  }
  return std::string(id);
}

absl::StatusOr<DepartmentRef> ParseDepartmentName(absl::string_view field,
                                                  absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "departments" ||
      !CheckSiteId(field, parts[1]).ok() ||
      !CheckDepartmentId(field, parts[3]).ok()) {
    return InvalidField(field,
                        "must be \"sites/{site}/departments/{department}\"");
  }
  return DepartmentRef{std::string(parts[1]), std::string(parts[3])};
}

absl::StatusOr<std::string> ParseVendorName(absl::string_view field,
                                            absl::string_view name) {
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, "vendors/") || !CheckVendorId(field, id).ok()) {
    return InvalidField(field, "must be \"vendors/{vendor}\"");
  }
  return std::string(id);
}

absl::StatusOr<TicketRef> ParseTicketName(absl::string_view field,
                                          absl::string_view name) {
  const char* rule =
      "must be \"sites/{site}/tickets/{ticket}\" with a numeric id or a "
      "ticket number";
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "tickets") {
    return InvalidField(field, rule);
  }
  TicketRef ref;
  ref.site_id = std::string(parts[1]);
  if (ref.site_id != "-" && !CheckSiteId(field, ref.site_id).ok()) {
    return InvalidField(field, rule);
  }
  if (IsCanonicalId(parts[3]) && absl::SimpleAtoi(parts[3], &ref.ticket_id) &&
      ref.site_id != "-") {
    return ref;
  }
  ref.ticket_id = 0;
  auto number = ParseTicketNumber(field, parts[3]);
  if (!number.ok()) return InvalidField(field, rule);
  if (ref.site_id != "-" && number->site_id != ref.site_id) {
    return InvalidField(field, "the ticket number belongs to another site");
  }
  ref.site_id = number->site_id;
  ref.number = absl::AsciiStrToUpper(parts[3]);
  return ref;
}

absl::StatusOr<SiteChild> ParseSiteChild(absl::string_view field,
                                         absl::string_view name,
                                         absl::string_view collection) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  SiteChild child;
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != collection ||
      !absl::SimpleAtoi(parts[3], &child.id) || child.id <= 0 ||
      !CheckSiteId(field, parts[1]).ok()) {
    return InvalidField(
        field, absl::StrCat("must be \"sites/{site}/", collection, "/{id}\""));
  }
  child.site_id = std::string(parts[1]);
  return child;
}

long long IdOfName(absl::string_view name) {
  long long id = 0;
  (void)absl::SimpleAtoi(name.substr(name.rfind('/') + 1), &id);
  return id;
}

absl::StatusOr<std::string> ParseSiteSingleton(absl::string_view field,
                                               absl::string_view name,
                                               absl::string_view singleton) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 3 || parts[0] != "sites" || parts[2] != singleton ||
      !CheckSiteId(field, parts[1]).ok()) {
    return InvalidField(
        field, absl::StrCat("must be \"sites/{site}/", singleton, "\""));
  }
  return std::string(parts[1]);
}

std::string SiteOfName(absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() < 2 || parts[0] != "sites") return "";
  return std::string(parts[1]);
}

absl::Status CheckKeyTag(absl::string_view field, absl::string_view tag) {
  if (tag.empty() || tag.size() > 32) {
    return InvalidField(field, "must be 1..32 of A-Z, a-z, 0-9 and '-'");
  }
  for (char c : tag) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '-') {
      return InvalidField(field, "must be 1..32 of A-Z, a-z, 0-9 and '-'");
    }
  }
  if (tag[0] == '-') {
    return InvalidField(field, "must start with a letter or a digit");
  }
  if (AllDigits(tag)) {
    return InvalidField(field,
                        "must not be digits only (a key's id is): add a "
                        "prefix, e.g. KEY-0012");
  }
  return absl::OkStatus();
}

absl::StatusOr<KeyRef> ParseKeyName(absl::string_view field,
                                    absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  auto malformed = [&] {
    return InvalidField(field,
                        "must be sites/{site}/keys/{key}, {key} being the "
                        "key's id or its tag");
  };
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "keys") {
    return malformed();
  }
  absl::Status site = CheckSiteId(field, parts[1]);
  if (!site.ok()) return site;
  KeyRef ref;
  ref.site_id = std::string(parts[1]);
  if (AllDigits(parts[3])) {
    if (!absl::SimpleAtoi(parts[3], &ref.key_id) || ref.key_id <= 0) {
      return malformed();
    }
    return ref;
  }
  if (!CheckKeyTag(field, parts[3]).ok()) return malformed();
  ref.tag = std::string(parts[3]);
  return ref;
}

absl::StatusOr<KeyRef> ParseKeyEventsParent(absl::string_view field,
                                            absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() == 4 && parts[0] == "sites" && parts[2] == "keys" &&
      parts[3] == "-") {
    absl::Status site = CheckSiteId(field, parts[1]);
    if (!site.ok()) return site;
    KeyRef ref;
    ref.site_id = std::string(parts[1]);
    return ref;
  }
  return ParseKeyName(field, name);
}

std::string SlaPolicyName(absl::string_view site_id, int kind, int priority) {
  return absl::StrCat(SiteName(site_id), "/slaPolicies/",
                      absl::AsciiStrToLower(v1::Ticket::Kind_Name(
                          static_cast<v1::Ticket::Kind>(kind))),
                      ".",
                      absl::AsciiStrToLower(v1::Ticket::Priority_Name(
                          static_cast<v1::Ticket::Priority>(priority))));
}

absl::StatusOr<SlaPolicyRef> ParseSlaPolicyName(absl::string_view field,
                                                absl::string_view name) {
  const char* rule =
      "must be \"sites/{site}/slaPolicies/{kind}.{priority}\", e.g. "
      "\"sites/hx/slaPolicies/complaint.normal\"";
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "slaPolicies" ||
      !CheckSiteId(field, parts[1]).ok()) {
    return InvalidField(field, rule);
  }
  std::vector<std::string> kp = absl::StrSplit(parts[3], '.');
  v1::Ticket::Kind kind;
  v1::Ticket::Priority priority;
  if (kp.size() != 2 ||
      !v1::Ticket::Kind_Parse(absl::AsciiStrToUpper(kp[0]), &kind) ||
      kind == v1::Ticket::KIND_UNSPECIFIED ||
      !v1::Ticket::Priority_Parse(absl::AsciiStrToUpper(kp[1]), &priority) ||
      priority == v1::Ticket::PRIORITY_UNSPECIFIED) {
    return InvalidField(field, rule);
  }
  return SlaPolicyRef{std::string(parts[1]), kind, priority};
}

}  // namespace frontdesk
