// `frontdesk unit create|list`: DirectoryService units of a site.
//
//   unit create --site hx --building 3 --entrance 2 --room 501
//                                  (creates sites/hx/units/3-2-501)
//   unit list --site hx            (every page)
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
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
  std::string site;
  std::string building;
  std::string entrance;
  std::string room;
  std::string request_id;
};

int CreateUnit(const Client& client, OutputFormat format,
               const CreateOptions& options) {
  v1::CreateUnitRequest request;
  request.set_parent(SiteName(options.site));
  request.set_request_id(options.request_id);
  request.mutable_unit()->set_building(options.building);
  request.mutable_unit()->set_entrance(options.entrance);
  request.mutable_unit()->set_room(options.room);
  auto stub = v1::DirectoryService::NewStub(client.channel());
  v1::Unit unit;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateUnit(context, request, &unit);
      })) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(unit, std::cout);
    return kExitOk;
  }
  KeyValues view;
  view.Add("name", unit.name());
  view.Add("building", unit.building());
  view.Add("entrance", unit.entrance());
  view.Add("room", unit.room());
  view.Add("created", FormatLocalTime(unit.create_time()));
  view.Add("etag", unit.etag());
  view.Print(std::cout);
  return kExitOk;
}

int ListUnits(const Client& client, OutputFormat format,
              const std::string& site) {
  v1::ListUnitsRequest request;
  request.set_parent(SiteName(site));
  v1::ListUnitsResponse all;
  if (!CallAllPages(client, &v1::DirectoryService::Stub::ListUnits, request,
                    &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.units().empty()) {
    std::cerr << Msg("none.units", {request.parent()}) << "\n";
    return kExitOk;
  }
  Table table({"UNIT", "BUILDING", "ENTRANCE", "ROOM", "CREATED"});
  for (const v1::Unit& unit : all.units()) {
    table.AddRow({LastSegment(unit.name()), unit.building(), unit.entrance(),
                  unit.room(), FormatLocalTime(unit.create_time())});
  }
  table.Print(std::cout);
  return kExitOk;
}

}  // namespace

void AddUnitCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group =
      app.add_subcommand("unit", "units (building-entrance-room) of a site");
  group->require_subcommand(1);

  auto create_options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand(
      "create", "create unit {building}-{entrance}-{room} of a site");
  create->add_option("--site", create_options->site, "site id, e.g. hx")
      ->required();
  create
      ->add_option("--building", create_options->building,
                   "1..16 letters or digits, e.g. 3")
      ->required();
  create
      ->add_option("--entrance", create_options->entrance,
                   "1..16 letters or digits, e.g. 2")
      ->required();
  create
      ->add_option("--room", create_options->room,
                   "1..16 letters or digits, e.g. 501")
      ->required();
  create->add_option("--request-id", create_options->request_id,
                     "idempotency key: a retry with the same id changes "
                     "nothing more");
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateUnit(client, format, *create_options);
             });

  auto list_site = std::make_shared<std::string>();
  CLI::App* list = group->add_subcommand("list", "list the units of a site");
  list->add_option("--site", *list_site, "site id, e.g. hx")->required();
  RunOnParse(list, context,
             [list_site](const Client& client, OutputFormat format) {
               return ListUnits(client, format, *list_site);
             });
}

}  // namespace frontdesk::cli
