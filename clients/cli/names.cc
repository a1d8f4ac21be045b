#include "clients/cli/names.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "clients/cli/commands.h"
#include "clients/cli/messages.h"
#include "clients/cli/text.h"
#include "common/ticket_number.h"

namespace frontdesk::cli {
namespace {

bool IsAllDigits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// "dept:eng" with `prefixes` {"dept:", "department:"} → "eng" in *id.
bool ConsumeOneOf(const std::string& text,
                  std::initializer_list<const char*> prefixes,
                  std::string* id) {
  for (const char* prefix : prefixes) {
    if (StartsWith(text, prefix)) {
      *id = text.substr(std::char_traits<char>::length(prefix));
      if (id->empty()) {
        throw UsageError(Msg("usage.assignee_lacks_id", {text, prefix}));
      }
      return true;
    }
  }
  return false;
}

}  // namespace

std::string SiteName(const std::string& site) {
  return StartsWith(site, "sites/") ? site : "sites/" + site;
}

std::string SiteNameOrAll(const std::string& site) {
  return site.empty() ? "sites/-" : SiteName(site);
}

std::string SiteId(const std::string& site) {
  return StartsWith(site, "sites/") ? site.substr(6) : site;
}

std::string StaffName(const std::string& staff) {
  return StartsWith(staff, "staff/") ? staff : "staff/" + staff;
}

std::string DepartmentName(const std::string& site,
                           const std::string& department) {
  if (StartsWith(department, "sites/")) return department;
  if (site.empty()) {
    throw UsageError(Msg("usage.department_needs_site", {department}));
  }
  return SiteName(site) + "/departments/" + department;
}

std::string VendorName(const std::string& vendor) {
  return StartsWith(vendor, "vendors/") ? vendor : "vendors/" + vendor;
}

std::string UnitName(const std::string& site_id, const std::string& unit) {
  if (unit.empty() || StartsWith(unit, "sites/")) return unit;
  if (site_id.empty() || site_id == "-") {
    throw UsageError(Msg("usage.unit_needs_site", {unit}));
  }
  return "sites/" + site_id + "/units/" + unit;
}

std::string TicketName(const std::string& name_or_number) {
  if (StartsWith(name_or_number, "sites/")) return name_or_number;
  if (IsAllDigits(name_or_number)) {
    throw UsageError(Msg("usage.ticket_id_without_site", {name_or_number}));
  }
  return "sites/-/tickets/" + name_or_number;
}

std::string TicketSiteId(const std::string& ticket_name) {
  // sites/{site}/tickets/{ticket}
  size_t site_begin = ticket_name.find('/') + 1;
  size_t site_end = ticket_name.find('/', site_begin);
  if (site_begin == 0 || site_end == std::string::npos) return "";
  std::string site = ticket_name.substr(site_begin, site_end - site_begin);
  if (site != "-") return site;
  std::string ticket = ticket_name.substr(ticket_name.rfind('/') + 1);
  return ToLower(ticket.substr(0, ticket.find('-')));
}

std::string SiteIdOfArgument(const std::string& argument) {
  if (StartsWith(argument, "sites/")) {
    size_t end = argument.find('/', 6);
    if (end == std::string::npos) return "";
    std::string site = argument.substr(6, end - 6);
    return site == "-" ? "" : site;
  }
  absl::StatusOr<TicketNumber> number = ParseTicketNumber("", argument);
  return number.ok() ? number->site_id : "";
}

std::string AssigneeName(const std::string& site_id,
                         const std::string& assignee) {
  if (assignee.empty()) throw UsageError(Msg("usage.assignee_empty"));
  std::string id;
  if (ConsumeOneOf(assignee, {"dept:", "department:"}, &id)) {
    if (site_id.empty() || site_id == "-") {
      throw UsageError(Msg("usage.department_needs_ticket_site", {id}));
    }
    return "sites/" + site_id + "/departments/" + id;
  }
  if (ConsumeOneOf(assignee, {"vendor:"}, &id)) return VendorName(id);
  if (ConsumeOneOf(assignee, {"staff:"}, &id)) return StaffName(id);
  if (StartsWith(assignee, "staff/") || StartsWith(assignee, "sites/") ||
      StartsWith(assignee, "vendors/")) {
    return assignee;
  }
  return StaffName(assignee);
}

std::string AssigneeLabel(const std::string& name) {
  if (StartsWith(name, "staff/")) return name.substr(6);
  if (StartsWith(name, "vendors/")) return "vendor:" + name.substr(8);
  size_t departments = name.find("/departments/");
  if (StartsWith(name, "sites/") && departments != std::string::npos) {
    return "dept:" + name.substr(departments + 13);
  }
  return name;
}

bool IsWorkOrderName(const std::string& text) {
  return text.find("/workOrders/") != std::string::npos;
}

}  // namespace frontdesk::cli
