// `frontdesk department ...` and `frontdesk vendor ...`: DirectoryService
// departments of a site and the company's external vendors, where work is
// dispatched to.
//
//   department create ID --site hx --display-name X --kind K --head STAFF
//                        [--phone P]
//   department get --site hx ID       (or ID as sites/hx/departments/eng)
//   department list --site hx         (every page)
//   department update --site hx ID [--display-name X] [--kind K]
//                        [--head STAFF] [--phone P] [--etag E]
//   vendor create ID --display-name X --trade T --contact-name N --phone P
//                    --response-deadline 4h [--sites hx,yy]
//   vendor get ID
//   vendor list [--site hx] [--trade elevator]   (every page; compiled to
//                    the filter `site = "sites/hx" AND trade = ELEVATOR`)
//   vendor update ID [--display-name X] [--trade T] [--contact-name N]
//                    [--phone P] [--response-deadline D]
//                    [--sites hx,yy | --all-sites] [--etag E]
//
// Updates send only the options given, as the update_mask. Durations are
// whole numbers with a unit: 30m, 4h, 2d, 1h30m (duration.h). Enum options
// take lower-case words with '-' for '_' (enums.h).
#include <google/protobuf/duration.pb.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
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

using v1::Department;
using v1::Vendor;

std::string SiteIds(const Vendor& vendor) {
  if (vendor.sites().empty()) return Msg("value.all");
  std::string ids;
  for (const std::string& site : vendor.sites()) {
    if (!ids.empty()) ids += ",";
    ids += LastSegment(site);
  }
  return ids;
}

std::string Deadline(const Vendor& vendor) {
  return FormatDurationSeconds(vendor.response_deadline().seconds());
}

// --- Departments ------------------------------------------------------------

struct DepartmentCreateOptions {
  std::string id;
  std::string site;
  std::string display_name;
  std::string kind;
  std::string head;
  std::string phone;
  std::string request_id;
};

struct DepartmentUpdateOptions {
  std::string id;
  std::string site;
  // update_mask path → the value given on the command line.
  std::map<std::string, std::string> fields;
  std::string etag;
  std::string request_id;
};

// Sets the field at update_mask `path` of `department` from `value`.
void SetDepartmentField(const std::string& path, const std::string& value,
                        Department* department) {
  if (path == "display_name") {
    department->set_display_name(value);
  } else if (path == "kind") {
    department->set_kind(static_cast<Department::Kind>(
        EnumNumber(Department::Kind_descriptor(), value)));
  } else if (path == "head") {
    department->set_head(value.empty() ? "" : StaffName(value));
  } else if (path == "phone") {
    department->set_phone(value);
  }
}

void PrintDepartment(const Department& department, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(department, std::cout);
    return;
  }
  KeyValues view;
  view.Add("name", department.name());
  view.Add("display name", department.display_name());
  view.Add("kind", EnumText(Department::Kind_descriptor(), department.kind()));
  view.Add("head", LastSegment(department.head()));
  view.AddIfSet("phone", department.phone());
  view.Add("created", FormatLocalTime(department.create_time()));
  view.AddIfSet("updated", FormatLocalTime(department.update_time()));
  view.Add("etag", department.etag());
  view.Print(std::cout);
}

int CreateDepartment(const Client& client, OutputFormat format,
                     const DepartmentCreateOptions& options) {
  v1::CreateDepartmentRequest request;
  request.set_parent(SiteName(options.site));
  request.set_department_id(options.id);
  request.set_request_id(options.request_id);
  Department* department = request.mutable_department();
  SetDepartmentField("display_name", options.display_name, department);
  SetDepartmentField("kind", options.kind, department);
  SetDepartmentField("head", options.head, department);
  SetDepartmentField("phone", options.phone, department);
  auto stub = v1::DirectoryService::NewStub(client.channel());
  Department response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateDepartment(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintDepartment(response, format);
  return kExitOk;
}

int GetDepartment(const Client& client, OutputFormat format,
                  const std::string& site, const std::string& id) {
  v1::GetDepartmentRequest request;
  request.set_name(DepartmentName(site, id));
  auto stub = v1::DirectoryService::NewStub(client.channel());
  Department response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->GetDepartment(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintDepartment(response, format);
  return kExitOk;
}

int ListDepartments(const Client& client, OutputFormat format,
                    const std::string& site) {
  v1::ListDepartmentsRequest request;
  request.set_parent(SiteName(site));
  v1::ListDepartmentsResponse all;
  if (!CallAllPages(client, &v1::DirectoryService::Stub::ListDepartments,
                    request, &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.departments().empty()) {
    std::cerr << Msg("none.departments") << "\n";
    return kExitOk;
  }
  Table table({"DEPARTMENT", "DISPLAY NAME", "KIND", "HEAD", "PHONE"});
  for (const Department& d : all.departments()) {
    table.AddRow({LastSegment(d.name()), d.display_name(),
                  EnumText(Department::Kind_descriptor(), d.kind()),
                  LastSegment(d.head()), d.phone()});
  }
  table.Print(std::cout);
  return kExitOk;
}

int UpdateDepartment(const Client& client, OutputFormat format,
                     const DepartmentUpdateOptions& options) {
  if (options.fields.empty()) {
    throw UsageError(Msg("usage.nothing_to_update_department"));
  }
  v1::UpdateDepartmentRequest request;
  request.set_request_id(options.request_id);
  Department* department = request.mutable_department();
  department->set_name(DepartmentName(options.site, options.id));
  department->set_etag(options.etag);
  for (const auto& [path, value] : options.fields) {
    SetDepartmentField(path, value, department);
    request.mutable_update_mask()->add_paths(path);
  }
  auto stub = v1::DirectoryService::NewStub(client.channel());
  Department response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->UpdateDepartment(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintDepartment(response, format);
  return kExitOk;
}

// --- Vendors ----------------------------------------------------------------

struct VendorCreateOptions {
  std::string id;
  std::string display_name;
  std::string trade;
  std::string contact_name;
  std::string phone;
  std::string response_deadline;
  std::vector<std::string> sites;
  std::string request_id;
};

struct VendorListOptions {
  std::string site;
  std::string trade;
};

struct VendorUpdateOptions {
  std::string id;
  // update_mask path → the value given on the command line ("sites": site
  // ids by commas, "" for every site).
  std::map<std::string, std::string> fields;
  std::string etag;
  std::string request_id;
};

void SetVendorSites(const std::vector<std::string>& sites, Vendor* vendor) {
  vendor->clear_sites();
  for (const std::string& site : sites) {
    if (!site.empty()) vendor->add_sites(SiteName(site));
  }
}

// Sets the field at update_mask `path` of `vendor` from `value`.
void SetVendorField(const std::string& path, const std::string& value,
                    Vendor* vendor) {
  if (path == "display_name") {
    vendor->set_display_name(value);
  } else if (path == "trade") {
    vendor->set_trade(static_cast<Vendor::Trade>(
        EnumNumber(Vendor::Trade_descriptor(), value)));
  } else if (path == "contact_name") {
    vendor->set_contact_name(value);
  } else if (path == "phone") {
    vendor->set_phone(value);
  } else if (path == "response_deadline") {
    vendor->mutable_response_deadline()->set_seconds(
        ParseDurationSeconds(value).value_or(0));
  } else if (path == "sites") {
    std::vector<std::string> sites;
    size_t begin = 0;
    while (begin <= value.size()) {
      size_t end = value.find(',', begin);
      if (end == std::string::npos) end = value.size();
      sites.push_back(value.substr(begin, end - begin));
      begin = end + 1;
    }
    SetVendorSites(sites, vendor);
  }
}

void PrintVendor(const Vendor& vendor, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(vendor, std::cout);
    return;
  }
  KeyValues view;
  view.Add("name", vendor.name());
  view.Add("display name", vendor.display_name());
  view.Add("trade", EnumText(Vendor::Trade_descriptor(), vendor.trade()));
  view.Add("contact", vendor.contact_name());
  view.Add("phone", vendor.phone());
  view.Add("response deadline", Deadline(vendor));
  view.Add("sites", SiteIds(vendor));
  view.Add("created", FormatLocalTime(vendor.create_time()));
  view.AddIfSet("updated", FormatLocalTime(vendor.update_time()));
  view.Add("etag", vendor.etag());
  view.Print(std::cout);
}

int CreateVendor(const Client& client, OutputFormat format,
                 const VendorCreateOptions& options) {
  v1::CreateVendorRequest request;
  request.set_vendor_id(options.id);
  request.set_request_id(options.request_id);
  Vendor* vendor = request.mutable_vendor();
  SetVendorField("display_name", options.display_name, vendor);
  SetVendorField("trade", options.trade, vendor);
  SetVendorField("contact_name", options.contact_name, vendor);
  SetVendorField("phone", options.phone, vendor);
  SetVendorField("response_deadline", options.response_deadline, vendor);
  SetVendorSites(options.sites, vendor);
  auto stub = v1::DirectoryService::NewStub(client.channel());
  Vendor response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateVendor(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintVendor(response, format);
  return kExitOk;
}

int GetVendor(const Client& client, OutputFormat format,
              const std::string& id) {
  v1::GetVendorRequest request;
  request.set_name(VendorName(id));
  auto stub = v1::DirectoryService::NewStub(client.channel());
  Vendor response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->GetVendor(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintVendor(response, format);
  return kExitOk;
}

int ListVendors(const Client& client, OutputFormat format,
                const VendorListOptions& options) {
  v1::ListVendorsRequest request;
  FilterBuilder filter;
  if (!options.site.empty()) {
    filter.AddText("site", "=", SiteName(options.site));
  }
  filter.AddEnum("trade", "=",
                 EnumFilterName(Vendor::Trade_descriptor(), options.trade));
  request.set_filter(filter.Build());
  v1::ListVendorsResponse all;
  if (!CallAllPages(client, &v1::DirectoryService::Stub::ListVendors, request,
                    &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.vendors().empty()) {
    std::cerr << Msg("none.vendors") << "\n";
    return kExitOk;
  }
  Table table({"VENDOR", "DISPLAY NAME", "TRADE", "CONTACT", "PHONE",
               "DEADLINE", "SITES"});
  for (const Vendor& v : all.vendors()) {
    table.AddRow({LastSegment(v.name()), v.display_name(),
                  EnumText(Vendor::Trade_descriptor(), v.trade()),
                  v.contact_name(), v.phone(), Deadline(v), SiteIds(v)});
  }
  table.Print(std::cout);
  return kExitOk;
}

int UpdateVendor(const Client& client, OutputFormat format,
                 const VendorUpdateOptions& options) {
  if (options.fields.empty()) {
    throw UsageError(Msg("usage.nothing_to_update_vendor"));
  }
  v1::UpdateVendorRequest request;
  request.set_request_id(options.request_id);
  Vendor* vendor = request.mutable_vendor();
  vendor->set_name(VendorName(options.id));
  vendor->set_etag(options.etag);
  for (const auto& [path, value] : options.fields) {
    SetVendorField(path, value, vendor);
    request.mutable_update_mask()->add_paths(path);
  }
  auto stub = v1::DirectoryService::NewStub(client.channel());
  Vendor response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->UpdateVendor(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintVendor(response, format);
  return kExitOk;
}

// An update option: sets `options->fields[path]` when given.
template <typename Options>
CLI::Option* AddUpdateField(CLI::App* command,
                            const std::shared_ptr<Options>& options,
                            const std::string& flag, const std::string& path,
                            const std::string& help) {
  return command->add_option_function<std::string>(
      flag,
      [options, path](const std::string& value) {
        options->fields[path] = value;
      },
      help);
}

}  // namespace

void AddDepartmentCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "department",
      "departments of a site (工程部, 保安部 ...): where work "
      "orders go");
  group->require_subcommand(1);
  const auto* kinds = Department::Kind_descriptor();

  auto create_options = std::make_shared<DepartmentCreateOptions>();
  CLI::App* create = group->add_subcommand("create", "create a department");
  create
      ->add_option("id", create_options->id,
                   "department id: 2..32 of [a-z0-9._-], a letter first, "
                   "e.g. eng")
      ->required();
  create->add_option("--site", create_options->site, "site id, e.g. hx")
      ->required();
  create
      ->add_option("--display-name", create_options->display_name,
                   "e.g. 工程部")
      ->required();
  CheckEnumWord(
      create->add_option("--kind", create_options->kind, "what it does")
          ->required(),
      kinds);
  create
      ->add_option("--head", create_options->head,
                   "staff id of the person in charge, who works at the site")
      ->required();
  create->add_option("--phone", create_options->phone, "duty phone");
  create->add_option("--request-id", create_options->request_id,
                     kRequestIdHelp);
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateDepartment(client, format, *create_options);
             });

  auto get_site = std::make_shared<std::string>();
  auto get_id = std::make_shared<std::string>();
  CLI::App* get = group->add_subcommand("get", "show a department");
  get->add_option("id", *get_id,
                  "department id, e.g. eng, or sites/hx/departments/eng")
      ->required();
  get->add_option("--site", *get_site, "site id, e.g. hx");
  RunOnParse(get, context,
             [get_site, get_id](const Client& client, OutputFormat format) {
               return GetDepartment(client, format, *get_site, *get_id);
             });

  auto list_site = std::make_shared<std::string>();
  CLI::App* list =
      group->add_subcommand("list", "list the departments of a site");
  list->add_option("--site", *list_site, "site id, e.g. hx")->required();
  RunOnParse(list, context,
             [list_site](const Client& client, OutputFormat format) {
               return ListDepartments(client, format, *list_site);
             });

  auto update_options = std::make_shared<DepartmentUpdateOptions>();
  CLI::App* update = group->add_subcommand(
      "update", "change a department; only the options given change");
  update
      ->add_option("id", update_options->id,
                   "department id, e.g. eng, or sites/hx/departments/eng")
      ->required();
  update->add_option("--site", update_options->site, "site id, e.g. hx");
  AddUpdateField(update, update_options, "--display-name", "display_name",
                 "e.g. 设备管理部");
  CheckEnumWord(
      AddUpdateField(update, update_options, "--kind", "kind", "what it does"),
      kinds);
  AddUpdateField(update, update_options, "--head", "head",
                 "staff id of the person in charge, who works at the site");
  AddUpdateField(update, update_options, "--phone", "phone",
                 "duty phone; \"\" removes it");
  update->add_option("--etag", update_options->etag, kEtagHelp);
  update->add_option("--request-id", update_options->request_id,
                     kRequestIdHelp);
  RunOnParse(update, context,
             [update_options](const Client& client, OutputFormat format) {
               return UpdateDepartment(client, format, *update_options);
             });
}

void AddVendorCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "vendor",
      "external vendors (电梯, 门禁, 宽带 ... and the developer's project "
      "team) and how soon they must come");
  group->require_subcommand(1);
  const auto* trades = Vendor::Trade_descriptor();

  auto create_options = std::make_shared<VendorCreateOptions>();
  CLI::App* create = group->add_subcommand("create", "create a vendor");
  create
      ->add_option("id", create_options->id,
                   "vendor id: 2..32 of [a-z0-9._-], a letter first, e.g. "
                   "otis")
      ->required();
  create
      ->add_option("--display-name", create_options->display_name,
                   "e.g. 奥的斯电梯")
      ->required();
  CheckEnumWord(
      create->add_option("--trade", create_options->trade, "what they fix")
          ->required(),
      trades);
  create
      ->add_option("--contact-name", create_options->contact_name,
                   "the person the desk calls, e.g. 张工")
      ->required();
  create->add_option("--phone", create_options->phone, "mobile or landline")
      ->required();
  create
      ->add_option("--response-deadline", create_options->response_deadline,
                   "how soon after dispatch they must come: 30m, 4h, 2d ... "
                   "(1 minute to 30 days)")
      ->required()
      ->check(DurationWord());
  create
      ->add_option("--sites", create_options->sites,
                   "site ids it serves, by commas; without it, every site")
      ->delimiter(',');
  create->add_option("--request-id", create_options->request_id,
                     kRequestIdHelp);
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateVendor(client, format, *create_options);
             });

  auto get_id = std::make_shared<std::string>();
  CLI::App* get = group->add_subcommand("get", "show a vendor");
  get->add_option("id", *get_id, "vendor id, e.g. otis")->required();
  RunOnParse(get, context, [get_id](const Client& client, OutputFormat format) {
    return GetVendor(client, format, *get_id);
  });

  auto list_options = std::make_shared<VendorListOptions>();
  CLI::App* list = group->add_subcommand("list", "list vendors");
  list->add_option("--site", list_options->site,
                   "only those serving this site (including company-wide "
                   "ones)");
  CheckEnumWord(list->add_option("--trade", list_options->trade,
                                 "only those of this trade"),
                trades);
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return ListVendors(client, format, *list_options);
             });

  auto update_options = std::make_shared<VendorUpdateOptions>();
  CLI::App* update = group->add_subcommand(
      "update", "change a vendor; only the options given change");
  update->add_option("id", update_options->id, "vendor id, e.g. otis")
      ->required();
  AddUpdateField(update, update_options, "--display-name", "display_name",
                 "e.g. 奥的斯电梯");
  CheckEnumWord(AddUpdateField(update, update_options, "--trade", "trade",
                               "what they fix"),
                trades);
  AddUpdateField(update, update_options, "--contact-name", "contact_name",
                 "the person the desk calls");
  AddUpdateField(update, update_options, "--phone", "phone",
                 "mobile or landline");
  AddUpdateField(update, update_options, "--response-deadline",
                 "response_deadline", "30m, 4h, 2d ... (1 minute to 30 days)")
      ->check(DurationWord());
  CLI::Option* sites =
      AddUpdateField(update, update_options, "--sites", "sites",
                     "the site ids it serves from now on, by commas");
  CLI::Option* all_sites = update->add_flag_callback(
      "--all-sites", [update_options] { update_options->fields["sites"] = ""; },
      "serve every site (no restriction)");
  sites->excludes(all_sites);
  update->add_option("--etag", update_options->etag, kEtagHelp);
  update->add_option("--request-id", update_options->request_id,
                     kRequestIdHelp);
  RunOnParse(update, context,
             [update_options](const Client& client, OutputFormat format) {
               return UpdateVendor(client, format, *update_options);
             });
}

}  // namespace frontdesk::cli
