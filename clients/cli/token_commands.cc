// `frontdesk token create`: DirectoryService access tokens.
//
//   token create --staff wang.li [--display-name "front desk PC 2"]
//
// The secret exists only in this response. In table mode stdout is the secret
// alone on one line (so `frontdesk token create ... > file` stores just it),
// and stderr says which token it is and that it is shown only once.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

struct CreateOptions {
  std::string staff;
  std::string display_name;
  std::string request_id;
};

int CreateAccessToken(const Client& client, OutputFormat format,
                      const CreateOptions& options) {
  v1::CreateAccessTokenRequest request;
  request.set_parent(StaffName(options.staff));
  request.set_request_id(options.request_id);
  request.mutable_access_token()->set_display_name(options.display_name);
  auto stub = v1::DirectoryService::NewStub(client.channel());
  v1::AccessToken token;
  if (!client.Call([&](grpc::ClientContext* context) {
        return stub->CreateAccessToken(context, request, &token);
      })) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(token, std::cout);
    return kExitOk;
  }
  std::cout << token.secret() << std::endl;
  std::cerr << Msg("note.token_created", {token.name()}) << "\n";
  return kExitOk;
}

}  // namespace

void AddTokenCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group =
      app.add_subcommand("token", "access tokens of staff members");
  group->require_subcommand(1);

  auto create_options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand(
      "create", "issue a bearer token; prints its secret once");
  create
      ->add_option("--staff", create_options->staff,
                   "staff id the token acts as, e.g. wang.li")
      ->required();
  create->add_option("--display-name", create_options->display_name,
                     "where it is used, e.g. \"front desk PC 2\"");
  create->add_option("--request-id", create_options->request_id,
                     "idempotency key: a retry with the same id returns the "
                     "same token");
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateAccessToken(client, format, *create_options);
             });
}

}  // namespace frontdesk::cli
