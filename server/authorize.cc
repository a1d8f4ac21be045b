#include "server/authorize.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/names.h"
#include "common/status.h"
#include "common/ticket_number.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/permission_table.h"

namespace frontdesk {
namespace {

absl::Status Denied(const Principal& who, absl::string_view method,
                    absl::string_view rule, absl::string_view why) {
  return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
               absl::StrCat(who.name(), " may not call ", method, ": ", why),
               {{"rule", std::string(rule)}, {"method", std::string(method)}});
}

// The site of a resource name. A ticket named by its number
// ("sites/-/tickets/HX-20261123-0007") is at the site its number carries,
// whatever site the name gives: the number is the ticket's own.
std::string SiteOfResource(const std::string& name) {
  auto ticket = ParseTicketName("name", name);
  if (ticket.ok() && !ticket->number.empty()) {
    auto number = ParseTicketNumber("name", ticket->number);
    if (number.ok()) return number->site_id;
  }
  return SiteOfName(name);
}

}  // namespace

std::string RequestSite(const google::protobuf::Message& request,
                        absl::string_view field_path) {
  const google::protobuf::Message* message = &request;
  std::vector<absl::string_view> path = absl::StrSplit(field_path, '.');
  for (size_t i = 0; i < path.size(); ++i) {
    const google::protobuf::FieldDescriptor* field =
        message->GetDescriptor()->FindFieldByName(std::string(path[i]));
    if (field == nullptr || field->is_repeated()) return "";
    const google::protobuf::Reflection* reflection = message->GetReflection();
    if (i + 1 < path.size()) {
      if (field->type() != google::protobuf::FieldDescriptor::TYPE_MESSAGE) {
        return "";
      }
      message = &reflection->GetMessage(*message, field);
    } else if (field->type() ==
               google::protobuf::FieldDescriptor::TYPE_STRING) {
      return SiteOfResource(reflection->GetString(*message, field));
    }
  }
  return "";
}

namespace {

// The sites of the grants of `who` whose role `held` accepts; see SitesOf.
template <typename Held>
std::vector<std::string> SitesOfGrants(const Principal& who, Held held) {
  if (who.HasRole(v1::StaffMember::ADMIN)) return {};
  std::vector<std::string> sites;
  for (const Grant& grant : who.grants) {
    if (!held(grant.role)) continue;
    if (grant.AtEverySite()) return {};
    if (std::find(sites.begin(), sites.end(), grant.site_id) == sites.end()) {
      sites.push_back(grant.site_id);
    }
  }
  // A site id that cannot exist, so that a list over no site is empty
  // rather than everything.
  if (sites.empty()) sites.push_back("\x01none");
  return sites;
}

}  // namespace

std::vector<std::string> SitesOf(const Call& call,
                                 const std::string& parent_site) {
  if (parent_site != "-") return {parent_site};
  const Permission* entry = FindPermission(call.method);
  return SitesOfGrants(call.who, [&](int role) {
    return entry == nullptr || entry->roles.Has(role);
  });
}

std::vector<std::string> SitesWhereHeld(const Principal& who,
                                        std::initializer_list<int> roles) {
  return SitesOfGrants(who, [&](int role) {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
  });
}

bool ReachesOnlyAs(const Call& call, std::initializer_list<int> roles,
                   absl::string_view site_id) {
  const Principal& who = call.who;
  if (who.HasRole(v1::StaffMember::ADMIN)) return false;
  const Permission* entry = FindPermission(call.method);
  bool as_role = false;
  for (const Grant& grant : who.grants) {
    if (!grant.Covers(site_id)) continue;
    if (std::find(roles.begin(), roles.end(), grant.role) != roles.end()) {
      as_role = true;
    } else if (entry == nullptr || entry->roles.Has(grant.role)) {
      return false;
    }
  }
  return as_role;
}

absl::Status Authorize(const Principal& who, absl::string_view method,
                       const google::protobuf::Message& request) {
  const Permission* entry = FindPermission(method);
  if (entry == nullptr) {
    // Refused for everyone, ADMIN too: an RPC nobody has judged is closed.
    return Denied(who, method, "ACL-ONE-TABLE",
                  "the method has no entry in the permission table");
  }
  if (who.HasRole(v1::StaffMember::ADMIN)) return absl::OkStatus();
  auto allowed = [&](const Grant& g) { return entry->roles.Has(g.role); };
  if (std::none_of(who.grants.begin(), who.grants.end(), allowed)) {
    return Denied(who, method, entry->rule, "none of the caller's roles may");
  }
  if (entry->site_field.empty()) return absl::OkStatus();
  std::string site = RequestSite(request, entry->site_field);
  if (site.empty() || site == "-") return absl::OkStatus();
  if (std::any_of(who.grants.begin(), who.grants.end(), [&](const Grant& g) {
        return allowed(g) && g.Covers(site);
      })) {
    return absl::OkStatus();
  }
  return Denied(
      who, method, "D-SITE-SCOPE",
      absl::StrCat("the caller holds no role that may at ", SiteName(site)));
}

}  // namespace frontdesk
