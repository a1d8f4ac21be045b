// The options of the visitor register's commands that describe a person, a
// host and a visit (visitor checkin and refuse, pass create, watchlist add),
// and an unmasked read (--unmask --reason), with what they fill in the
// request. No gRPC; CLI11 is heavy: include this only from command files.
#ifndef FRONTDESK_CLIENTS_CLI_VISITOR_OPTIONS_H_
#define FRONTDESK_CLIENTS_CLI_VISITOR_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/visitor_input.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {

// The options that describe a person at the desk.
struct PersonOptions {
  std::string name;
  std::string id_type;
  std::string id_number;
  std::string phone;
  std::string plate;
};

inline constexpr const char* kIdTypeHelp =
    "document type (id-card, passport, hk-macao-permit, taiwan-permit, "
    "residence-permit, driving-license, employee-card, other); default "
    "id-card for an 18-character number";

// --name (unless `name_help` is null), --id-type, --id-number, --phone and
// (with `plate`) --plate.
inline void AddPersonOptions(CLI::App* command, PersonOptions& person,
                             const char* name_help, bool plate) {
  if (name_help != nullptr) {
    command->add_option("--name", person.name, name_help);
  }
  CheckEnumWord(command->add_option("--id-type", person.id_type, kIdTypeHelp),
                v1::IdentityDocument::Type_descriptor());
  command->add_option("--id-number", person.id_number,
                      "document number; an ID card's check digit is verified");
  command->add_option("--phone", person.phone, "mobile or landline");
  if (plate) {
    command->add_option("--plate", person.plate,
                        "vehicle plate if they drive in, e.g. 京A12345");
  }
}

// Fills `visitor` from `person`. Throws UsageError for a number without a
// type that does not look like an ID card, and for a type without a number.
inline void FillVisitor(const PersonOptions& person, v1::Visitor* visitor) {
  visitor->set_display_name(person.name);
  visitor->set_phone(person.phone);
  visitor->set_vehicle_plate(person.plate);
  if (person.id_number.empty()) {
    if (!person.id_type.empty()) {
      throw UsageError(Msg("usage.id_type_needs_number", {person.id_type}));
    }
    return;
  }
  std::string type = person.id_type;
  if (type.empty()) type = DefaultDocumentType(person.id_number);
  if (type.empty()) {
    throw UsageError(Msg("usage.not_id_card", {person.id_number}));
  }
  auto* document = visitor->mutable_document();
  document->set_type(static_cast<v1::IdentityDocument::Type>(
      EnumNumber(v1::IdentityDocument::Type_descriptor(), type)));
  document->set_number(person.id_number);
}

// Whom a visitor comes to see.
struct HostOptions {
  std::string visiting;  // a unit of the site: "3-2-501" or its full name
  std::string location;  // where they go when it is not a unit
  std::string name;
  std::string phone;
};

// Each command's help for the host options.
struct HostHelp {
  const char* visiting;
  const char* location;
  const char* name;
  const char* phone;  // null: no --host-phone
};

// --visiting, --location, --host-name and (when `help` has it) --host-phone.
inline void AddHostOptions(CLI::App* command, HostOptions& host,
                           const HostHelp& help) {
  command->add_option("--visiting", host.visiting, help.visiting);
  command->add_option("--location", host.location, help.location);
  command->add_option("--host-name", host.name, help.name);
  if (help.phone != nullptr) {
    command->add_option("--host-phone", host.phone, help.phone);
  }
}

// The host to send; --visiting is a unit of `site`. Throws UsageError for a
// short unit without a site (UnitName()).
inline v1::Contact HostContact(const std::string& site,
                               const HostOptions& host) {
  v1::Contact contact;
  contact.set_unit(UnitName(SiteId(site), host.visiting));
  contact.set_location(host.location);
  contact.set_name(host.name);
  contact.set_phone(host.phone);
  return contact;
}

// The visit a check-in or a visitor pass is for: the party, the host and
// the purpose.
struct VisitOptions {
  int party_size = 0;
  HostOptions host;
  std::string purpose;  // free text or a purpose word (ParsePurpose())
  std::string purpose_detail;
};

// --party-size, the host options, --purpose and --purpose-detail.
inline void AddVisitOptions(CLI::App* command, VisitOptions& visit,
                            const HostHelp& host_help,
                            const std::string& purpose_help) {
  command
      ->add_option("--party-size", visit.party_size,
                   "people in the party including the visitor (default 1)")
      ->check(CLI::Range(1, 50));
  AddHostOptions(command, visit.host, host_help);
  command->add_option("--purpose", visit.purpose, purpose_help);
  command->add_option("--purpose-detail", visit.purpose_detail,
                      "details of the purpose (default: the --purpose text)");
}

// Sets the party size, host, purpose and purpose detail of `message`, a
// v1::Visit or a v1::VisitorPass, from `visit`; --visiting is a unit of
// `site`. The detail is --purpose-detail, else the free text of --purpose.
template <typename Message>
void FillVisit(const std::string& site, const VisitOptions& visit,
               Message* message) {
  message->set_party_size(visit.party_size);
  *message->mutable_host() = HostContact(site, visit.host);
  PurposeChoice purpose = ParsePurpose(visit.purpose);
  message->set_purpose(static_cast<v1::Visit::Purpose>(purpose.purpose));
  message->set_purpose_detail(
      visit.purpose_detail.empty() ? purpose.detail : visit.purpose_detail);
}

// --unmask and its --reason, shared by the reading commands.
struct UnmaskOptions {
  bool unmask = false;
  std::string reason;

  void Check() const {
    if (unmask && reason.empty()) {
      throw UsageError(Msg("usage.unmask_needs_reason"));
    }
    if (!unmask && !reason.empty()) {
      throw UsageError(Msg("usage.reason_needs_unmask"));
    }
  }
};

inline void AddUnmaskOptions(CLI::App* command, UnmaskOptions& options) {
  command->add_flag("--unmask", options.unmask,
                    "show document and phone numbers in full (SUPERVISOR or "
                    "MANAGER; every such read is logged)");
  command->add_option("--reason,--unmask-reason", options.reason,
                      "why the numbers are read, 1..200 characters; "
                      "required with --unmask");
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_VISITOR_OPTIONS_H_
