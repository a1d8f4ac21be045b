// `frontdesk staff create|get|list`: DirectoryService staff members.
//
//   staff create ID --display-name X --roles r1,r2 --sites hx,yy [--phone P]
//   staff create ID --display-name X --grant supervisor@hx
//                   --grant receptionist@yy [--grant manager@-]
//                  (each role at its own site; "-" for every site)
//   staff create ID --display-name X --grant vendor-contact@hx --vendor otis
//                  (a vendor's contact: acts for that vendor only)
//   staff get ID
//   staff list [--site hx] [--role maintenance]   (every page; compiled to
//                  the filter `site = "sites/hx" AND role = MAINTENANCE`)
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::StaffMember;

struct CreateOptions {
  std::string id;
  std::string display_name;
  std::vector<std::string> roles;
  std::vector<std::string> sites;
  std::vector<std::string> grants;  // "role@site"
  std::string phone;
  std::string vendor;  // a vendor's contact: "otis" or "vendors/otis"
  std::string request_id;
};

struct ListOptions {
  std::string site;
  std::string role;
};

std::string RoleWords(const StaffMember& staff) {
  std::string words;
  for (int role : staff.roles()) {
    if (!words.empty()) words += ",";
    words += EnumText(StaffMember::Role_descriptor(), role);
  }
  return words;
}

// "supervisor@hx,manager@-": each role at its site, "-" for every site.
std::string GrantWords(const StaffMember& staff) {
  std::string words;
  for (const v1::RoleGrant& grant : staff.grants()) {
    if (!words.empty()) words += ",";
    words += EnumText(StaffMember::Role_descriptor(), grant.role()) + "@" +
             LastSegment(grant.site());
  }
  return words;
}

std::string SiteIds(const StaffMember& staff) {
  std::string ids;
  for (const std::string& site : staff.sites()) {
    if (!ids.empty()) ids += ",";
    ids += LastSegment(site);
  }
  return ids;
}

void PrintStaffMember(const StaffMember& staff, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(staff, std::cout);
    return;
  }
  KeyValues view;
  view.Add("name", staff.name());
  view.Add("display name", staff.display_name());
  view.Add("roles", RoleWords(staff));
  view.Add("sites", SiteIds(staff));
  view.Add("grants", GrantWords(staff));
  view.AddIfSet("vendor", staff.vendor());
  view.AddIfSet("phone", staff.phone());
  view.Add("created", FormatLocalTime(staff.create_time()));
  view.AddIfSet("updated", FormatLocalTime(staff.update_time()));
  view.Add("etag", staff.etag());
  view.Print(std::cout);
}

int CreateStaffMember(const Client& client, OutputFormat format,
                      const CreateOptions& options) {
  v1::CreateStaffMemberRequest request;
  request.set_staff_id(options.id);
  request.set_request_id(options.request_id);
  StaffMember* staff = request.mutable_staff_member();
  staff->set_display_name(options.display_name);
  staff->set_phone(options.phone);
  if (!options.vendor.empty()) staff->set_vendor(VendorName(options.vendor));
  for (const std::string& role : options.roles) {
    staff->add_roles(static_cast<StaffMember::Role>(
        EnumNumber(StaffMember::Role_descriptor(), role)));
  }
  for (const std::string& site : options.sites)
    staff->add_sites(SiteName(site));
  for (const std::string& text : options.grants) {
    // Checked by the option's validator: "role@site".
    size_t at = text.rfind('@');
    v1::RoleGrant* grant = staff->add_grants();
    grant->set_role(static_cast<StaffMember::Role>(
        EnumNumber(StaffMember::Role_descriptor(), text.substr(0, at))));
    grant->set_site(SiteName(text.substr(at + 1)));
  }
  auto stub = v1::DirectoryService::NewStub(client.channel());
  StaffMember response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateStaffMember(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintStaffMember(response, format);
  return kExitOk;
}

int GetStaffMember(const Client& client, OutputFormat format,
                   const std::string& id) {
  v1::GetStaffMemberRequest request;
  request.set_name(StaffName(id));
  auto stub = v1::DirectoryService::NewStub(client.channel());
  StaffMember response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->GetStaffMember(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintStaffMember(response, format);
  return kExitOk;
}

int ListStaffMembers(const Client& client, OutputFormat format,
                     const ListOptions& options) {
  v1::ListStaffMembersRequest request;
  FilterBuilder filter;
  if (!options.site.empty())
    filter.AddText("site", "=", SiteName(options.site));
  filter.AddEnum("role", "=",
                 EnumFilterName(StaffMember::Role_descriptor(), options.role));
  request.set_filter(filter.Build());
  v1::ListStaffMembersResponse all;
  if (!CallAllPages(client, &v1::DirectoryService::Stub::ListStaffMembers,
                    request, &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.staff_members().empty()) {
    std::cerr << Msg("none.staff") << "\n";
    return kExitOk;
  }
  Table table({"STAFF", "DISPLAY NAME", "GRANTS", "VENDOR", "PHONE"});
  for (const StaffMember& staff : all.staff_members()) {
    table.AddRow({LastSegment(staff.name()), staff.display_name(),
                  GrantWords(staff), LastSegment(staff.vendor()),
                  staff.phone()});
  }
  table.Print(std::cout);
  return kExitOk;
}

}  // namespace

void AddStaffCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group =
      app.add_subcommand("staff", "staff members and their roles");
  group->require_subcommand(1);

  auto create_options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand("create", "create a staff member");
  create
      ->add_option("id", create_options->id,
                   "staff id: 2..32 of [a-z0-9._-], a letter first, e.g. "
                   "wang.li")
      ->required();
  create
      ->add_option("--display-name", create_options->display_name, "e.g. 王力")
      ->required();
  CLI::Option* roles =
      create
          ->add_option("--roles", create_options->roles,
                       "one or more, by commas, each held at every --sites")
          ->delimiter(',');
  CheckEnumWord(roles, StaffMember::Role_descriptor());
  CLI::Option* sites =
      create
          ->add_option("--sites", create_options->sites,
                       "site ids the person works at, by commas, e.g. hx,yy")
          ->delimiter(',');
  create
      ->add_option("--grant", create_options->grants,
                   "ROLE@SITE, repeatable: one role at one site (e.g. "
                   "supervisor@hx), or at every site with @-")
      ->excludes(roles)
      ->excludes(sites)
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            size_t at = text.rfind('@');
            if (at == std::string::npos || at + 1 == text.size()) {
              return Msg("usage.grant_form");
            }
            std::string role = text.substr(0, at);
            if (EnumNumber(StaffMember::Role_descriptor(), role) == 0) {
              return Msg("usage.unknown_role", {role});
            }
            return "";
          },
          "ROLE@SITE"));
  create->add_option("--phone", create_options->phone, "mobile or landline");
  create->add_option("--vendor", create_options->vendor,
                     "the vendor a vendor-contact acts for, e.g. otis "
                     "(required with the vendor-contact role, else not "
                     "allowed)");
  create->add_option("--request-id", create_options->request_id,
                     "idempotency key: a retry with the same id changes "
                     "nothing more");
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateStaffMember(client, format, *create_options);
             });

  auto get_id = std::make_shared<std::string>();
  CLI::App* get = group->add_subcommand("get", "show a staff member");
  get->add_option("id", *get_id, "staff id, e.g. wang.li")->required();
  RunOnParse(get, context, [get_id](const Client& client, OutputFormat format) {
    return GetStaffMember(client, format, *get_id);
  });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand("list", "list staff members");
  list->add_option("--site", list_options->site, "only those at this site");
  CheckEnumWord(list->add_option("--role", list_options->role,
                                 "only those with this role"),
                StaffMember::Role_descriptor());
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return ListStaffMembers(client, format, *list_options);
             });
}

}  // namespace frontdesk::cli
