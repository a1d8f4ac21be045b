#include "clients/cli/key_borrowers.h"

#include <cctype>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::KeyBorrower;

std::string Trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

bool LooksLikeStaffId(const std::string& text) {
  if (text.size() < 2 || text.size() > 32 ||
      !std::islower(static_cast<unsigned char>(text[0]))) {
    return false;
  }
  for (char c : text) {
    bool ok = std::islower(static_cast<unsigned char>(c)) ||
              std::isdigit(static_cast<unsigned char>(c)) || c == '.' ||
              c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// "id-card:110101..." → the document; throws UsageError when malformed.
v1::IdentityDocument ParseDocument(const std::string& type,
                                   const std::string& number) {
  v1::IdentityDocument doc;
  if (type.empty() && number.empty()) return doc;
  if (type.empty() || number.empty()) {
    throw UsageError(Msg("usage.document_type_and_number"));
  }
  int n = EnumNumber(v1::IdentityDocument::Type_descriptor(), type);
  if (n == 0) throw UsageError(Msg("usage.unknown_document_type", {type}));
  doc.set_type(static_cast<v1::IdentityDocument::Type>(n));
  doc.set_number(number);
  return doc;
}

}  // namespace

std::string ResolveStaff(const Client& client, const std::string& site,
                         const std::string& typed) {
  const std::string who = Trim(typed);
  if (who.rfind("staff/", 0) == 0) return who;
  if (LooksLikeStaffId(who)) {
    v1::GetStaffMemberRequest request;
    request.set_name(StaffName(who));
    v1::StaffMember staff;
    v1::DirectoryService::Stub stub(client.channel());
    if (client.CallQuietly([&](grpc::ClientContext* context) {
          return stub.GetStaffMember(context, request, &staff);
        })) {
      return staff.name();
    }
  }
  v1::ListStaffMembersResponse all;
  if (!CallAllPages(client, &v1::DirectoryService::Stub::ListStaffMembers,
                    v1::ListStaffMembersRequest(), &all)) {
    throw UsageError(Msg("usage.staff_lookup_failed", {who}));
  }
  std::vector<const v1::StaffMember*> named, at_site;
  for (const auto& staff : all.staff_members()) {
    if (Trim(staff.display_name()) != who) continue;
    named.push_back(&staff);
    for (const auto& s : staff.sites()) {
      if (s == SiteName(site)) at_site.push_back(&staff);
    }
  }
  if (named.size() == 1) return named[0]->name();
  if (at_site.size() == 1) return at_site[0]->name();
  if (named.empty()) return "";
  std::string ids;
  for (const auto* staff : named) ids += " " + staff->name();
  throw UsageError(Msg("usage.several_staff", {who, ids}));
}

KeyBorrower ParsePersonSpec(const std::string& spec) {
  std::vector<std::string> parts;
  std::stringstream in(spec);
  std::string part;
  while (std::getline(in, part, ',')) parts.push_back(Trim(part));
  if (parts.size() < 2 || parts.size() > 3 || parts[0].empty()) {
    throw UsageError(Msg("usage.authorized_person_form"));
  }
  KeyBorrower b;
  b.mutable_person()->set_display_name(parts[0]);
  b.mutable_person()->set_phone(parts[1]);
  if (parts.size() == 3) {
    size_t colon = parts[2].find(':');
    if (colon == std::string::npos) {
      throw UsageError(Msg("usage.authorized_person_document"));
    }
    *b.mutable_person()->mutable_document() =
        ParseDocument(parts[2].substr(0, colon), parts[2].substr(colon + 1));
  }
  return b;
}

KeyBorrower ResolveBorrower(const Client& client, const std::string& site,
                            const std::string& who,
                            const BorrowerPersonOptions& person,
                            const std::string& option) {
  KeyBorrower b;
  std::string text = Trim(who);
  if (!person.given()) {
    std::string staff = ResolveStaff(client, site, text);
    if (!staff.empty()) {
      b.set_staff(staff);
      return b;
    }
  }
  b.mutable_person()->set_display_name(text);
  b.mutable_person()->set_phone(person.phone);
  *b.mutable_person()->mutable_document() =
      ParseDocument(person.id_type, person.id_number);
  if (!person.given()) {
    std::cerr << Msg("note.not_staff", {text, option}) << "\n";
  }
  return b;
}

}  // namespace frontdesk::cli
