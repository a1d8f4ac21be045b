// `frontdesk site create|get|list`: DirectoryService sites.
//
//   site create ID --display-name X --time-zone TZ [--address A]
//   site get ID
//   site list                      (every page)
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

struct CreateOptions {
  std::string id;
  std::string display_name;
  std::string time_zone;
  std::string address;
  std::string request_id;
};

void PrintSite(const v1::Site& site, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(site, std::cout);
    return;
  }
  KeyValues view;
  view.Add("name", site.name());
  view.Add("display name", site.display_name());
  view.Add("time zone", site.time_zone());
  view.AddIfSet("address", site.address());
  view.Add("created", FormatLocalTime(site.create_time()));
  view.AddIfSet("updated", FormatLocalTime(site.update_time()));
  view.Add("etag", site.etag());
  view.Print(std::cout);
}

int CreateSite(const Client& client, OutputFormat format,
               const CreateOptions& options) {
  v1::CreateSiteRequest request;
  request.set_site_id(SiteId(options.id));
  request.set_request_id(options.request_id);
  v1::Site* site = request.mutable_site();
  site->set_display_name(options.display_name);
  site->set_time_zone(options.time_zone);
  site->set_address(options.address);
  auto stub = v1::DirectoryService::NewStub(client.channel());
  v1::Site response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateSite(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintSite(response, format);
  return kExitOk;
}

int GetSite(const Client& client, OutputFormat format, const std::string& id) {
  v1::GetSiteRequest request;
  request.set_name(SiteName(id));
  auto stub = v1::DirectoryService::NewStub(client.channel());
  v1::Site response;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->GetSite(context, request, &response);
      })) {
    return kExitRpcError;
  }
  PrintSite(response, format);
  return kExitOk;
}

int ListSites(const Client& client, OutputFormat format) {
  v1::ListSitesResponse all;
  if (!CallAllPages(client, &v1::DirectoryService::Stub::ListSites,
                    v1::ListSitesRequest(), &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.sites().empty()) {
    std::cerr << Msg("none.sites") << "\n";
    return kExitOk;
  }
  Table table({"SITE", "DISPLAY NAME", "TIME ZONE", "ADDRESS", "CREATED"});
  table.SetMaxWidth(3, 40);
  for (const v1::Site& site : all.sites()) {
    table.AddRow({LastSegment(site.name()), site.display_name(),
                  site.time_zone(), site.address(),
                  FormatLocalTime(site.create_time())});
  }
  table.Print(std::cout);
  return kExitOk;
}

}  // namespace

std::optional<std::string> FetchSiteTimeZone(const Client& client,
                                             const std::string& site_id) {
  v1::GetSiteRequest request;
  request.set_name(SiteName(site_id));
  auto stub = v1::DirectoryService::NewStub(client.channel());
  v1::Site response;
  if (!client.CallQuietly([&](grpc::ClientContext* context) {
        return stub->GetSite(context, request, &response);
      })) {
    return std::nullopt;
  }
  return response.time_zone();
}

void AddSiteCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group =
      app.add_subcommand("site", "sites (小区 / 管理处) and their time zones");
  group->require_subcommand(1);

  auto create_options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand("create", "create a site");
  create
      ->add_option("id", create_options->id,
                   "site id: 2..16 of [a-z0-9], a letter first, e.g. hx; its "
                   "upper case prefixes ticket numbers")
      ->required();
  create
      ->add_option("--display-name", create_options->display_name,
                   "e.g. 华馨苑")
      ->required();
  create
      ->add_option("--time-zone", create_options->time_zone,
                   "IANA time zone, e.g. Asia/Shanghai")
      ->required();
  create->add_option("--address", create_options->address, "postal address");
  create->add_option("--request-id", create_options->request_id,
                     "idempotency key: a retry with the same id changes "
                     "nothing more");
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateSite(client, format, *create_options);
             });

  auto get_id = std::make_shared<std::string>();
  CLI::App* get = group->add_subcommand("get", "show a site");
  get->add_option("id", *get_id, "site id, e.g. hx")->required();
  RunOnParse(get, context, [get_id](const Client& client, OutputFormat format) {
    return GetSite(client, format, *get_id);
  });

  CLI::App* list = group->add_subcommand("list", "list every site");
  RunOnParse(list, context, ListSites);
}

}  // namespace frontdesk::cli
