// The handover's rules (交接班) as plain functions of plain values: which
// status allows which call, the written items an edit may change, what the
// incoming receptionist must do to accept, who may countersign, and whom a
// supervisor may release. No database, no gRPC: the desk
// (handover_desk.h) loads the values and applies the results.
//
// [R-HANDOVER-LOG] [R-HANDOVER-ACCEPT] [R-SIGNIFICANT-ITEM-CONSENT]
// [R-RELIEF-FIRST] [R-COUNTERSIGN]
#ifndef FRONTDESK_SERVER_ROSTER_HANDOVER_RULES_H_
#define FRONTDESK_SERVER_ROSTER_HANDOVER_RULES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk {

// The most open matters a handover pulls in when it is opened; the rest
// are left to the lists they came from (the duty log may mention them).
inline constexpr int kMaxPulledInItems = 200;
// Written items per handover.
inline constexpr int kMaxWrittenItems = 100;

// FAILED_PRECONDITION HANDOVER_WRONG_STATE unless `status` is one of
// `allowed`; `action` names the call in the message ("submit").
absl::Status CheckHandoverStatus(
    v1::Handover::Status status,
    std::initializer_list<v1::Handover::Status> allowed,
    absl::string_view action);

// The duty log as submitted: 1..8000 characters (multi-line). While DRAFT
// it may be empty (0..8000).
absl::Status CheckDutyLog(absl::string_view field, absl::string_view log,
                          bool for_submit);

// The items after an edit [R-HANDOVER-LOG]: the pulled-in items of
// `current` stay as they are, in place; `edited` (the request's items)
// replaces the written ones. An edited item with the id of a current
// written item keeps that id, and its consent only if its description and
// significance are unchanged; one without id is new and gets the next id.
// INVALID_ARGUMENT on "handover.items[i]..." for a bad description (1..1000),
// a ticket that is not "sites/{site}/tickets/{id}" of this site, an id that
// is no written item of the handover, or more than kMaxWrittenItems.
// Output-only fields of `edited` are ignored.
absl::StatusOr<std::vector<v1::HandoverItem>> EditWrittenItems(
    const std::vector<v1::HandoverItem>& current,
    const std::vector<v1::HandoverItem>& edited, absl::string_view site_id);

// The checks and outcome of AcceptHandover [R-HANDOVER-ACCEPT]
// [R-SIGNIFICANT-ITEM-CONSENT].
struct AcceptInput {
  std::vector<v1::HandoverItem> items;
  std::vector<int> acknowledged_item_ids;
  std::vector<int> finished_together_item_ids;
  std::vector<v1::InventoryItem> checklist;
  std::vector<v1::InventoryCount> counts;
};
struct AcceptOutcome {
  // The items acknowledged, each FINISHED_TOGETHER or PASSED_ON.
  std::vector<v1::HandoverItem> items;
  // One per checklist item, in checklist order, with its name and expected
  // count at the time.
  std::vector<v1::InventoryCount> counts;
  bool inventory_discrepancy = false;
};
// INVALID_ARGUMENT (all at once): acknowledged_item_ids must list every
// item, and only items; finished_together_item_ids only items;
// inventory_counts one per checklist item and only those (naming the missing
// item), counted 0..10000, note required (1..500) when counted differs from
// expected. Then FAILED_PRECONDITION SIGNIFICANT_ITEM_NOT_CONSENTED, with
// ErrorInfo metadata "item_ids" ("3,5"), when a significant item is neither
// finished together nor consented.
absl::StatusOr<AcceptOutcome> CheckAcceptance(const AcceptInput& in);

// Whether the incoming receptionist arrived handover_arrival_lead before
// their shift: clock-in <= incoming start - lead (equal counts as early).
bool ArrivedEarly(long long clock_in_us, long long incoming_start_us,
                  long long lead_us);

// CountersignHandover [R-COUNTERSIGN]: SUBMITTED or ACCEPTED
// (HANDOVER_WRONG_STATE), once only (HANDOVER_WRONG_STATE: already
// countersigned), not by its writer, submitter or acceptor
// (PERMISSION_DENIED SELF_APPROVAL). `staff_name` is "staff/{id}".
absl::Status CheckCountersign(const v1::Handover& handover,
                              absl::string_view staff_name);

// ConsentHandoverItem [R-SIGNIFICANT-ITEM-CONSENT]: DRAFT or SUBMITTED;
// not by the handover's writer (PERMISSION_DENIED SELF_APPROVAL: a
// supervisor on desk duty does not consent to their own item); the item
// exists (NOT_FOUND HANDOVER_ITEM_NOT_FOUND), is significant
// (INVALID_ARGUMENT on item_id) and has no consent yet (FAILED_PRECONDITION
// ALREADY_CONSENTED). Returns the item's index. `staff_name` is
// "staff/{id}".
absl::StatusOr<int> CheckConsent(const v1::Handover& handover, int item_id,
                                 absl::string_view staff_name);

// ReleaseFromDuty [R-RELIEF-FIRST]: the assignment is ON_DUTY (NOT_ON_DUTY)
// and the handover of its shift, if any, is not ACCEPTED
// (HANDOVER_WRONG_STATE: the relief took over, the person is relieved).
absl::Status CheckRelease(v1::DutyAssignment::Status assignment_status,
                          std::optional<v1::Handover::Status> handover_status);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_HANDOVER_RULES_H_
