// Rules of approvals (frontdesk.v1.Approval): an approval is made by the
// approver's own call [ACL-APPROVAL-BY-APPROVER] and used once, for the one
// action, site and subject it names, before it expires
// [ACL-APPROVAL-SINGLE-USE]. Pure functions over plain values: whether the
// subject exists, and whether a code was used, is the store's to say.
//
//   CheckApprover          PERMISSION_DENIED (APPROVER_NOT_ELIGIBLE) unless
//                          `who` may approve the action at the site.
//   ValidateNewApproval    INVALID_ARGUMENT naming each bad field of a new
//                          approval; its expiry and parsed subject.
//   CanonicalApprovalCode  a code as typed → its canonical form.
//   NewApprovalCode        a fresh random code.
//   CheckApprovalUse       FAILED_PRECONDITION APPROVAL_USED,
//                          APPROVAL_MISMATCH (action, site, subject),
//                          APPROVAL_EXPIRED, in that order.
//   CheckNamedApprover     a request field naming the approver names the one
//                          who approved: PERMISSION_DENIED NOT_THE_APPROVER.
#ifndef FRONTDESK_SERVER_APPROVAL_RULES_H_
#define FRONTDESK_SERVER_APPROVAL_RULES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "common/names.h"
#include "common/principal.h"
#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {

inline constexpr absl::Duration kApprovalDefaultTtl = absl::Minutes(10);
inline constexpr absl::Duration kApprovalMinTtl = absl::Minutes(1);
inline constexpr absl::Duration kApprovalMaxTtl = absl::Minutes(60);
inline constexpr int kApprovalCodeLength = 12;

// [ACL-APPROVAL-BY-APPROVER] Whether `who` may approve `action` at
// `site_id`, by the roles they hold there (or at every site):
//   VISITOR_DOCUMENT_WAIVER, OFF_LIST_KEY_LOAN   SUPERVISOR or MANAGER
//   WARRANTY_SIGNOFF                             MANAGER
//   TICKET_PLAN                                  SUPERVISOR or MANAGER, or
//                                                `heads_department`
// ADMIN alone approves nothing: an approval is a person's judgement at the
// site, and the record names them. `heads_department` says whether `who`
// heads the department concerned (when creating: any department of the
// site; when used: the plan's department).
absl::Status CheckApprover(v1::Approval::Action action, const Principal& who,
                           absl::string_view site_id, bool heads_department);

// A new approval's subject, parsed: a ticket (WARRANTY_SIGNOFF,
// TICKET_PLAN, required), a key (OFF_LIST_KEY_LOAN, optional) or none.
struct ApprovalSubject {
  enum Kind { kNone, kTicket, kKey } kind = kNone;
  TicketRef ticket;
  KeyRef key;
};

struct NewApprovalCheck {
  absl::Time expire_time;
  ApprovalSubject subject;
};

// The fields of CreateApprovalRequest.approval (paths "approval.action",
// ...): action required; reason 1..200 characters; subject as the action
// wants it, at `site_id`; expire_time after `now` and at most 60 minutes
// after it, or ttl 1..60 minutes, or neither for 10 minutes.
absl::StatusOr<NewApprovalCheck> ValidateNewApproval(
    const v1::Approval& approval, absl::string_view site_id, absl::Time now);

// A code as typed (any case; spaces and dashes ignored) → 12 characters of
// the pass alphabet, upper case. INVALID_ARGUMENT on `field` otherwise.
absl::StatusOr<std::string> CanonicalApprovalCode(absl::string_view field,
                                                  absl::string_view code);

// A new code: 12 characters from the operating system's CSPRNG, drawn
// without bias from the 31 symbols of the pass alphabet (about 59 bits).
std::string NewApprovalCode();

// What a call wants an approval for.
struct ApprovalUse {
  v1::Approval::Action action = v1::Approval::ACTION_UNSPECIFIED;
  std::string site_id;
  // The resource acted on (a ticket or key name as the approvals store
  // them, by id), "" when there is none yet (a visit being registered).
  std::string subject;
};

// [ACL-APPROVAL-SINGLE-USE] OK when the stored `approval` may be used for
// `use` at `now`: not used before (APPROVAL_USED), for the same action and
// site, and for `use.subject` when it names a subject (APPROVAL_MISMATCH),
// before its expire_time (APPROVAL_EXPIRED). All FAILED_PRECONDITION.
absl::Status CheckApprovalUse(const v1::Approval& approval,
                              const ApprovalUse& use, absl::Time now);

// `named` ("staff/{staff}", the approver a request names in `field`), when
// not empty, must be `approver_id`: PERMISSION_DENIED NOT_THE_APPROVER
// otherwise, so nobody records a name that did not approve.
absl::Status CheckNamedApprover(absl::string_view field,
                                absl::string_view named,
                                absl::string_view approver_id);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_APPROVAL_RULES_H_
