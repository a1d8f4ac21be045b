// `frontdesk roster ...`: the duty roster (值班安排) of a site.
//
//   roster policy --site hx [--min-rest 8h] [--arrival-lead 5m]
//                 [--max-swaps N] [--max-late N] [--max-corrections N]
//                 [--supervisor-leave-days N]
//                 [--inventory ID=NAME:COUNT ...] [--clear-inventory]
//   roster show --site hx --from 2026-11-23 [--to 2026-11-29] [--kind night]
//               [--staff wang.li] [--gaps]
//   roster gaps --site hx --from 2026-11-23 [--to 2026-11-29]
//   roster assign SHIFT STAFF [--site hx] [--relief] [--request-id ID]
//   roster unassign ASSIGNMENT [--etag E] [--request-id ID]
//
// SHIFT is "sites/hx/shifts/20261123-night", or "20261123-night" with
// --site. `roster policy` with no change prints the policy; with changes it
// updates exactly the fields given (the manager's). `--relief` puts an
// emergency relief on a shift that has started (origin LEAVE_COVER).
#include <google/protobuf/util/field_mask_util.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/roster_calls.h"

namespace frontdesk::cli {
namespace {

using v1::DutyAssignment;
using v1::RosterService;
using v1::ShiftDefinition;

struct PolicyOptions {
  std::string site;
  std::string min_rest;
  std::string arrival_lead;
  int max_swaps = -1;
  int max_late = -1;
  int max_corrections = -1;
  int supervisor_leave_days = -1;
  std::vector<std::string> inventory;
  bool clear_inventory = false;
  std::string request_id;
};

struct ShowOptions {
  std::string site;
  std::string from;
  std::string to;
  std::string kind;
  std::string staff;
  bool gaps = false;
};

struct AssignOptions {
  std::string shift;
  std::string staff;
  std::string site;
  bool relief = false;
  std::string request_id;
};

struct UnassignOptions {
  std::string assignment;
  std::string etag;
  std::string request_id;
};

std::string Hours(const google::protobuf::Duration& d) {
  return FormatDurationSeconds(d.seconds());
}

void PrintPolicy(const v1::RosterPolicy& policy, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(policy, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("name", policy.name());
  kv.Add("min rest", Hours(policy.min_rest()));
  kv.Add("arrival lead", Hours(policy.handover_arrival_lead()));
  kv.Add("swaps / month", absl::StrCat(policy.max_swaps_per_month()));
  kv.Add("late / month", absl::StrCat(policy.max_late_per_month()));
  kv.Add("corrections / month",
         absl::StrCat(policy.max_corrections_per_month()));
  kv.Add("supervisor-only leave days",
         absl::StrCat(policy.supervisor_only_leave_days()));
  kv.Add("etag", policy.etag());
  kv.Print(std::cout);
  Table shifts({"SHIFT", "NAME", "KIND", "START", "LENGTH", "HEADCOUNT"});
  for (const ShiftDefinition& d : policy.shifts()) {
    shifts.AddRow({d.id(), d.display_name(),
                   EnumText(ShiftDefinition::Kind_descriptor(), d.kind()),
                   d.start_local_time(), Hours(d.duration()),
                   absl::StrCat(d.min_headcount())});
  }
  std::cout << "\n";
  shifts.Print(std::cout);
  if (policy.inventory_checklist().empty()) {
    std::cout << "\nno inventory checklist\n";
    return;
  }
  Table items({"ITEM", "NAME", "EXPECTED"});
  for (const v1::InventoryItem& item : policy.inventory_checklist()) {
    items.AddRow(
        {item.id(), item.display_name(), absl::StrCat(item.expected_count())});
  }
  std::cout << "\n";
  items.Print(std::cout);
}

// "radio=对讲机:4" -> the item; UsageError otherwise.
v1::InventoryItem InventoryItemOf(const std::string& text) {
  const size_t eq = text.find('='), colon = text.rfind(':');
  v1::InventoryItem item;
  int count = 0;
  if (eq == std::string::npos || colon == std::string::npos || colon < eq ||
      !absl::SimpleAtoi(text.substr(colon + 1), &count)) {
    throw UsageError(Msg("usage.inventory_form", {text}));
  }
  item.set_id(text.substr(0, eq));
  item.set_display_name(text.substr(eq + 1, colon - eq - 1));
  item.set_expected_count(count);
  return item;
}

int Policy(const Client& client, OutputFormat format,
           const PolicyOptions& options) {
  v1::GetRosterPolicyRequest get;
  get.set_name(SiteName(options.site) + "/rosterPolicy");
  v1::RosterPolicy policy;
  if (!CallRoster(client, &RosterService::Stub::GetRosterPolicy, get,
                  &policy)) {
    return kExitRpcError;
  }
  v1::UpdateRosterPolicyRequest update;
  google::protobuf::FieldMask* mask = update.mutable_update_mask();
  auto set_duration = [&](const std::string& text, const char* path,
                          google::protobuf::Duration* field) {
    if (text.empty()) return;
    field->set_seconds(*ParseDurationSeconds(text));
    mask->add_paths(path);
  };
  auto set_int = [&](int value, const char* path, auto setter) {
    if (value < 0) return;
    (policy.*setter)(value);
    mask->add_paths(path);
  };
  set_duration(options.min_rest, "min_rest", policy.mutable_min_rest());
  set_duration(options.arrival_lead, "handover_arrival_lead",
               policy.mutable_handover_arrival_lead());
  set_int(options.max_swaps, "max_swaps_per_month",
          &v1::RosterPolicy::set_max_swaps_per_month);
  set_int(options.max_late, "max_late_per_month",
          &v1::RosterPolicy::set_max_late_per_month);
  set_int(options.max_corrections, "max_corrections_per_month",
          &v1::RosterPolicy::set_max_corrections_per_month);
  set_int(options.supervisor_leave_days, "supervisor_only_leave_days",
          &v1::RosterPolicy::set_supervisor_only_leave_days);
  if (!options.inventory.empty() || options.clear_inventory) {
    policy.clear_inventory_checklist();
    for (const std::string& text : options.inventory) {
      *policy.add_inventory_checklist() = InventoryItemOf(text);
    }
    mask->add_paths("inventory_checklist");
  }
  if (mask->paths().empty()) {
    PrintPolicy(policy, format);
    return kExitOk;
  }
  *update.mutable_roster_policy() = policy;
  update.set_request_id(options.request_id);
  v1::RosterPolicy saved;
  if (!CallRoster(client, &RosterService::Stub::UpdateRosterPolicy, update,
                  &saved)) {
    return kExitRpcError;
  }
  PrintPolicy(saved, format);
  return kExitOk;
}

std::string StaffList(const v1::Shift& shift) {
  std::string out;
  for (const DutyAssignment& a : shift.assignments()) {
    if (!out.empty()) out += ", ";
    out += LastSegment(a.staff());
    if (a.status() != DutyAssignment::SCHEDULED) {
      out += " (" + EnumText(DutyAssignment::Status_descriptor(), a.status()) +
             ")";
    }
  }
  return out;
}

int Show(const Client& client, OutputFormat format,
         const ShowOptions& options) {
  v1::ListShiftsRequest request;
  request.set_parent(SiteName(options.site));
  std::string filter = "date >= \"" + options.from + "\" AND date <= \"" +
                       (options.to.empty() ? options.from : options.to) + "\"";
  if (options.gaps) filter += " AND understaffed = true";
  if (!options.kind.empty()) {
    filter += " AND kind = " +
              EnumFilterName(ShiftDefinition::Kind_descriptor(), options.kind);
  }
  if (!options.staff.empty()) {
    filter += " AND staff = \"" + StaffName(options.staff) + "\"";
  }
  request.set_filter(filter);
  v1::ListShiftsResponse response;
  if (!CallAllPages(client, &RosterService::Stub::ListShifts, request,
                    &response)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(response, std::cout);
    return kExitOk;
  }
  if (response.shifts().empty()) {
    std::cout << (options.gaps ? Msg("none.gaps") : Msg("none.shifts")) << "\n";
    return kExitOk;
  }
  Table table({"SHIFT", "NAME", "START", "END", "STAFF", "NEED", "GAP"});
  for (const v1::Shift& shift : response.shifts()) {
    table.AddRow({LastSegment(shift.name()), shift.definition().display_name(),
                  FormatLocalTime(shift.start_time()),
                  FormatLocalTime(shift.end_time()), StaffList(shift),
                  absl::StrCat(shift.definition().min_headcount()),
                  shift.understaffed() ? Msg("word.gap") : ""});
  }
  table.Print(std::cout);
  return kExitOk;
}

void PrintAssignment(const DutyAssignment& a, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(a, std::cout);
    return;
  }
  KeyValues kv;
  kv.Add("name", a.name());
  kv.Add("staff", a.staff());
  kv.Add("status", EnumText(DutyAssignment::Status_descriptor(), a.status()));
  kv.Add("origin", EnumText(DutyAssignment::Origin_descriptor(), a.origin()));
  kv.Add("start", FormatLocalTime(a.start_time()));
  kv.Add("end", FormatLocalTime(a.end_time()));
  kv.AddIfSet("released by", a.released_by());
  kv.AddIfSet("release reason", a.release_reason());
  kv.Add("etag", a.etag());
  kv.Print(std::cout);
}

int Assign(const Client& client, OutputFormat format,
           const AssignOptions& options) {
  v1::CreateDutyAssignmentRequest request;
  request.set_parent(ShiftNameOf(options.site, options.shift));
  request.mutable_duty_assignment()->set_staff(StaffName(options.staff));
  request.mutable_duty_assignment()->set_origin(
      options.relief ? DutyAssignment::LEAVE_COVER : DutyAssignment::PLANNED);
  request.set_request_id(options.request_id);
  DutyAssignment response;
  if (!CallRoster(client, &RosterService::Stub::CreateDutyAssignment, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintAssignment(response, format);
  return kExitOk;
}

int Unassign(const Client& client, OutputFormat format,
             const UnassignOptions& options) {
  v1::DeleteDutyAssignmentRequest request;
  request.set_name(options.assignment);
  request.set_etag(options.etag);
  request.set_request_id(options.request_id);
  DutyAssignment response;
  if (!CallRoster(client, &RosterService::Stub::DeleteDutyAssignment, request,
                  &response)) {
    return kExitRpcError;
  }
  PrintAssignment(response, format);
  return kExitOk;
}

void AddShowOptions(CLI::App* command, ShowOptions& options) {
  command->add_option("--site", options.site, "site id, e.g. hx")->required();
  command->add_option("--from", options.from, "first date, YYYY-MM-DD")
      ->required()
      ->check(DateWord());
  command
      ->add_option("--to", options.to,
                   "last date, YYYY-MM-DD (default --from; at most 62 days)")
      ->check(DateWord());
}

}  // namespace

void AddRosterCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "roster", "the duty roster (值班): shifts, who is on them, gaps");
  group->require_subcommand(1);

  auto policy_options = std::make_shared<PolicyOptions>();
  CLI::App* policy = group->add_subcommand(
      "policy", "show the site's roster policy, or change the fields given");
  policy->add_option("--site", policy_options->site, "site id, e.g. hx")
      ->required();
  policy
      ->add_option("--min-rest", policy_options->min_rest,
                   "shortest rest between two duties, e.g. 8h")
      ->check(DurationWord());
  policy
      ->add_option("--arrival-lead", policy_options->arrival_lead,
                   "how early the relief clocks in, e.g. 5m")
      ->check(DurationWord());
  policy->add_option("--max-swaps", policy_options->max_swaps,
                     "swaps per person per month, 0..10");
  policy->add_option("--max-late", policy_options->max_late,
                     "late arrivals per month before a breach");
  policy->add_option("--max-corrections", policy_options->max_corrections,
                     "missed-punch corrections (补卡) per month");
  policy->add_option("--supervisor-leave-days",
                     policy_options->supervisor_leave_days,
                     "leave longer than this also needs the manager");
  policy->add_option("--inventory", policy_options->inventory,
                     "the handover checklist, ID=NAME:COUNT, repeated "
                     "(replaces the list), e.g. radio=对讲机:4");
  policy->add_flag("--clear-inventory", policy_options->clear_inventory,
                   "empty the handover checklist");
  policy->add_option("--request-id", policy_options->request_id,
                     kRequestIdHelp);
  RunOnParse(policy, context,
             [policy_options](const Client& client, OutputFormat format) {
               return Policy(client, format, *policy_options);
             });

  auto show_options = std::make_shared<ShowOptions>();
  CLI::App* show = group->add_subcommand(
      "show", "the shifts of a date range and who is on them");
  AddShowOptions(show, *show_options);
  CheckEnumWord(show->add_option("--kind", show_options->kind, "day or night"),
                ShiftDefinition::Kind_descriptor());
  show->add_option("--staff", show_options->staff,
                   "only shifts this person works");
  show->add_flag("--gaps", show_options->gaps, "only understaffed shifts");
  RunOnParse(show, context,
             [show_options](const Client& client, OutputFormat format) {
               return Show(client, format, *show_options);
             });

  auto gaps_options = std::make_shared<ShowOptions>();
  CLI::App* gaps = group->add_subcommand(
      "gaps", "the shifts with fewer people than they need");
  AddShowOptions(gaps, *gaps_options);
  RunOnParse(gaps, context,
             [gaps_options](const Client& client, OutputFormat format) {
               ShowOptions options = *gaps_options;
               options.gaps = true;
               return Show(client, format, options);
             });

  auto assign_options = std::make_shared<AssignOptions>();
  CLI::App* assign = group->add_subcommand(
      "assign", "put a receptionist on a shift (supervisor or manager)");
  assign
      ->add_option("shift", assign_options->shift,
                   "sites/{site}/shifts/{id}, or the id with --site, e.g. "
                   "20261123-night")
      ->required();
  assign->add_option("staff", assign_options->staff, "staff id, e.g. wang.li")
      ->required();
  assign->add_option("--site", assign_options->site,
                     "site id, when SHIFT is only the id");
  assign->add_flag("--relief", assign_options->relief,
                   "an emergency relief on a shift that has started");
  assign->add_option("--request-id", assign_options->request_id,
                     kRequestIdHelp);
  RunOnParse(assign, context,
             [assign_options](const Client& client, OutputFormat format) {
               return Assign(client, format, *assign_options);
             });

  auto unassign_options = std::make_shared<UnassignOptions>();
  CLI::App* unassign = group->add_subcommand(
      "unassign", "take a scheduled duty off the roster (kept as cancelled)");
  unassign
      ->add_option("assignment", unassign_options->assignment,
                   "sites/{site}/shifts/{id}/assignments/{n}")
      ->required();
  unassign->add_option("--etag", unassign_options->etag, kEtagHelp);
  unassign->add_option("--request-id", unassign_options->request_id,
                       kRequestIdHelp);
  RunOnParse(unassign, context,
             [unassign_options](const Client& client, OutputFormat format) {
               return Unassign(client, format, *unassign_options);
             });
}

}  // namespace frontdesk::cli
