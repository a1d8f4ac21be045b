#include "server/approval_rules.h"

#include <google/protobuf/util/time_util.h>
#include <openssl/rand.h>

#include <stdexcept>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;
using Role = v1::StaffMember;

// The pass alphabet (server/visitor/visitor_rules.cc): no 0/O, 1/I/L.
constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int kAlphabetSize = sizeof(kAlphabet) - 1;

std::string ActionName(v1::Approval::Action action) {
  return v1::Approval::Action_Name(action);
}

absl::Time TimeOf(const google::protobuf::Timestamp& ts) {
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

std::string TimeText(absl::Time t) {
  return absl::FormatTime(absl::RFC3339_sec, t, absl::UTCTimeZone());
}

absl::Status Mismatch(const v1::Approval& approval, absl::string_view why) {
  return Error(absl::StatusCode::kFailedPrecondition, "APPROVAL_MISMATCH",
               absl::StrCat("approval ", approval.name(), " ", why,
                            ": an approval is good for its own action, site "
                            "and subject only"));
}

}  // namespace

absl::Status CheckApprover(v1::Approval::Action action, const Principal& who,
                           absl::string_view site_id, bool heads_department) {
  bool eligible = false;
  const char* needs = "";
  switch (action) {
    case v1::Approval::VISITOR_DOCUMENT_WAIVER:
    case v1::Approval::OFF_LIST_KEY_LOAN:
      eligible = SupervisesSite(who, site_id);
      needs = "SUPERVISOR or MANAGER at the site";
      break;
    case v1::Approval::WARRANTY_SIGNOFF:
      eligible = who.HasRoleAt(Role::MANAGER, site_id);
      needs = "the site's MANAGER";
      break;
    case v1::Approval::TICKET_PLAN:
      eligible = heads_department || SupervisesSite(who, site_id);
      needs =
          "the head of the department concerned, or SUPERVISOR or "
          "MANAGER at the site";
      break;
    default:
      needs = "a known action";
      break;
  }
  if (eligible) return absl::OkStatus();
  return Error(absl::StatusCode::kPermissionDenied, "APPROVER_NOT_ELIGIBLE",
               absl::StrCat(who.name(), " may not approve ", ActionName(action),
                            " at ", SiteName(site_id), ": that needs ", needs));
}

absl::StatusOr<NewApprovalCheck> ValidateNewApproval(
    const v1::Approval& approval, absl::string_view site_id, absl::Time now) {
  Violations v;
  NewApprovalCheck out;
  const v1::Approval::Action action = approval.action();
  const bool known = action != v1::Approval::ACTION_UNSPECIFIED &&
                     v1::Approval::Action_IsValid(action);
  if (!known) {
    v.Add("approval.action",
          "is required: VISITOR_DOCUMENT_WAIVER, OFF_LIST_KEY_LOAN, "
          "WARRANTY_SIGNOFF or TICKET_PLAN");
  }
  v.Merge(CheckText("approval.reason", approval.reason(), 1, 200));

  const std::string& subject = approval.subject();
  constexpr char kField[] = "approval.subject";
  if (known) {
    switch (action) {
      case v1::Approval::VISITOR_DOCUMENT_WAIVER:
        if (!subject.empty()) {
          v.Add(kField,
                "must be empty: a document waiver is for the next check-in "
                "at the site");
        }
        break;
      case v1::Approval::OFF_LIST_KEY_LOAN:
        if (!subject.empty()) {
          auto key = ParseKeyName(kField, subject);
          if (!key.ok()) {
            v.Merge(key.status());
          } else if (key->site_id != site_id) {
            v.Add(kField, "must be a key of the approval's site");
          } else {
            out.subject.kind = ApprovalSubject::kKey;
            out.subject.key = *std::move(key);
          }
        }
        break;
      default: {  // WARRANTY_SIGNOFF, TICKET_PLAN: the ticket.
        if (subject.empty()) {
          v.Add(kField, absl::StrCat(
                            "is required for ", ActionName(action),
                            ": the ticket, \"sites/{site}/tickets/{ticket}\""));
          break;
        }
        auto ticket = ParseTicketName(kField, subject);
        if (!ticket.ok()) {
          v.Merge(ticket.status());
        } else if (ticket->site_id != site_id) {
          v.Add(kField, "must be a ticket of the approval's site");
        } else {
          out.subject.kind = ApprovalSubject::kTicket;
          out.subject.ticket = *std::move(ticket);
        }
        break;
      }
    }
  }

  out.expire_time = now + kApprovalDefaultTtl;
  if (approval.has_ttl()) {
    absl::Duration ttl = absl::Seconds(approval.ttl().seconds()) +
                         absl::Nanoseconds(approval.ttl().nanos());
    if (ttl < kApprovalMinTtl || ttl > kApprovalMaxTtl) {
      v.Add("approval.ttl", "must be 1 to 60 minutes");
    } else {
      out.expire_time = now + ttl;
    }
  } else if (approval.has_expire_time()) {
    absl::Time at = TimeOf(approval.expire_time());
    if (at <= now || at > now + kApprovalMaxTtl) {
      v.Add("approval.expire_time",
            "must be after now and at most 60 minutes after it");
    } else {
      out.expire_time = at;
    }
  }
  if (!v.empty()) return v.ToStatus();
  return out;
}

absl::StatusOr<std::string> CanonicalApprovalCode(absl::string_view field,
                                                  absl::string_view code) {
  std::string c;
  for (char ch : code) {
    if (ch == ' ' || ch == '-') continue;
    c += absl::ascii_toupper(static_cast<unsigned char>(ch));
  }
  bool ok = c.size() == kApprovalCodeLength;
  for (char ch : c) ok = ok && absl::StrContains(kAlphabet, ch);
  if (!ok) {
    return InvalidField(field,
                        "must be the 12-character code of an approval "
                        "(letters and digits without 0, O, 1, I, L)");
  }
  return c;
}

std::string NewApprovalCode() {
  // 248 = 8 * 31: bytes at or above it are drawn again, so every symbol is
  // equally likely.
  constexpr int kLimit = 256 - 256 % kAlphabetSize;
  std::string code;
  while (static_cast<int>(code.size()) < kApprovalCodeLength) {
    unsigned char random[32];
    if (RAND_bytes(random, sizeof(random)) != 1) {
      throw std::runtime_error("RAND_bytes failed");
    }
    for (unsigned char r : random) {
      if (r >= kLimit) continue;
      code += kAlphabet[r % kAlphabetSize];
      if (static_cast<int>(code.size()) == kApprovalCodeLength) break;
    }
  }
  return code;
}

absl::Status CheckApprovalUse(const v1::Approval& approval,
                              const ApprovalUse& use, absl::Time now) {
  if (approval.has_consume_time()) {
    return Error(
        absl::StatusCode::kFailedPrecondition, "APPROVAL_USED",
        absl::StrCat("approval ", approval.name(), " was used at ",
                     TimeText(TimeOf(approval.consume_time())), " by ",
                     approval.consumed_by(), " (", approval.consumed_method(),
                     "): an approval is used once; ask the approver for "
                     "another"));
  }
  if (approval.action() != use.action) {
    return Mismatch(approval,
                    absl::StrCat("is for ", ActionName(approval.action()),
                                 ", not ", ActionName(use.action)));
  }
  if (SiteOfName(approval.name()) != use.site_id) {
    return Mismatch(
        approval, absl::StrCat("is for ", SiteName(SiteOfName(approval.name())),
                               ", not ", SiteName(use.site_id)));
  }
  if (!approval.subject().empty() && approval.subject() != use.subject) {
    return Mismatch(
        approval,
        absl::StrCat("is for ", approval.subject(), ", not ",
                     use.subject.empty() ? "this call" : use.subject));
  }
  const absl::Time expires = TimeOf(approval.expire_time());
  if (now >= expires) {
    return Error(
        absl::StatusCode::kFailedPrecondition, "APPROVAL_EXPIRED",
        absl::StrCat("approval ", approval.name(), " expired at ",
                     TimeText(expires), "; ask the approver for another"));
  }
  return absl::OkStatus();
}

absl::Status CheckNamedApprover(absl::string_view field,
                                absl::string_view named,
                                absl::string_view approver_id) {
  if (named.empty() || named == StaffName(approver_id)) {
    return absl::OkStatus();
  }
  return Error(
      absl::StatusCode::kPermissionDenied, "NOT_THE_APPROVER",
      absl::StrCat(field, " names ", named, ", but ", StaffName(approver_id),
                   " approved: name the approver, or leave it "
                   "empty"));
}

}  // namespace frontdesk
