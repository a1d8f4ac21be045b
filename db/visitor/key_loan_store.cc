// Key loans: lending, returning and purging the borrowers' personal data
// (declared in key_store.h).
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>
#include <soci/soci.h>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"
#include "db/visitor/key_rows.h"
#include "db/visitor/key_store.h"
#include "db/visitor/visitor_rows.h"

namespace frontdesk::db {

using v1::Key;
using v1::KeyBorrower;
using v1::KeyEvent;

absl::StatusOr<Key> LendKey(Tx& tx, const DataProtector& protector,
                            const Key& key, long long expected_version,
                            const Key::Loan& loan,
                            const v1::SupervisorAuthorization& authorization,
                            const std::string& actor, long long now_us) {
  long long id = KeyIdOf(key);
  auto row = LoadKeyRow(tx, id, true);
  if (!row.ok()) return row.status();
  absl::Status known = CheckStaffExists(tx, loan.borrower(), "borrower");
  if (!known.ok()) return known;
  long long due_us = google::protobuf::util::TimeUtil::TimestampToMicroseconds(
      loan.due_time());
  EventFields e;
  e.key_id = id;
  e.site_id = row->site_id;
  e.type = KeyEvent::LENT;
  e.actor = actor;
  e.borrower = BorrowerColumns::Seal(protector, loan.borrower());
  e.purpose = loan.purpose();
  e.due_us = due_us;
  if (!authorization.authorized_by().empty()) {
    e.auth_by =
        std::string(absl::StripPrefix(authorization.authorized_by(), "staff/"));
    e.auth_reason = authorization.reason();
  }
  long long event_id = AppendEvent(tx, e, now_us);
  const BorrowerColumns& b = e.borrower;
  soci::statement st =
      (tx.sql.prepare << "UPDATE desk_keys SET state = :st,"
                         " loan_staff_id = :bs, loan_name = :bn,"
                         " loan_doc_type = :bdt, loan_doc_sealed = :bd,"
                         " loan_phone_sealed = :bp, loan_purpose = :pu,"
                         " loan_lend_us = :lu, loan_due_us = :du,"
                         " loan_lent_by = :by, loan_event_id = :ev,"
                         " update_time_us = :u, version = version + 1"
                         " WHERE id = :id AND version = :v AND state = :in",
       soci::use(kOnLoan), soci::use(b.staff_id), soci::use(b.person.name),
       soci::use(b.person.doc_type), soci::use(b.person.doc_sealed),
       soci::use(b.person.phone_sealed), soci::use(loan.purpose()),
       soci::use(now_us), soci::use(due_us), soci::use(actor),
       soci::use(event_id), soci::use(now_us), soci::use(id),
       soci::use(expected_version), soci::use(kInStore));
  st.execute(true);
  if (st.get_affected_rows() != 1) return Changed();
  return Reread(tx, protector, id, now_us);
}

absl::StatusOr<Key> ReturnKey(Tx& tx, const DataProtector& protector,
                              const Key& key, long long expected_version,
                              const KeyBorrower& returned_by,
                              const std::string& note, const std::string& actor,
                              long long now_us) {
  long long id = KeyIdOf(key);
  auto row = LoadKeyRow(tx, id, true);
  if (!row.ok()) return row.status();
  if (row->state != kOnLoan) return Changed();
  absl::Status known = CheckStaffExists(tx, returned_by, "returned_by");
  if (!known.ok()) return known;
  EventFields e;
  e.key_id = id;
  e.site_id = row->site_id;
  e.type = KeyEvent::RETURNED;
  e.actor = actor;
  e.borrower = row->loan;
  e.returned = BorrowerColumns::Seal(protector, returned_by);
  e.late = row->due_us.has_value() && now_us > *row->due_us;
  e.note = note;
  e.lent_event_id = row->loan_event_id;
  AppendEvent(tx, e, now_us);
  soci::statement st = (tx.sql.prepare << absl::StrCat(
                            "UPDATE desk_keys SET state = :st,", kEndLoanSet,
                            " update_time_us = :u, version = version + 1"
                            " WHERE id = :id AND version = :v AND state = :on"),
                        soci::use(kInStore), soci::use(now_us), soci::use(id),
                        soci::use(expected_version), soci::use(kOnLoan));
  st.execute(true);
  if (st.get_affected_rows() != 1) return Changed();
  return Reread(tx, protector, id, now_us);
}

absl::StatusOr<int> PurgeKeyLoanPersonalData(Tx& tx, const std::string& site_id,
                                             long long cutoff_us,
                                             long long now_us) {
  // The events that ended a loan before the cutoff and still hold a
  // person's data, and the LENT events of those loans.
  constexpr const char* kPersonal =
      "(borrower_name <> '' OR borrower_doc_sealed <> ''"
      " OR borrower_phone_sealed <> '' OR returned_name <> ''"
      " OR returned_doc_sealed <> '' OR returned_phone_sealed <> '')";
  long long id = 0, lent = 0;
  soci::statement st =
      (tx.sql.prepare << absl::StrCat(
           "SELECT id, lent_event_id FROM key_events WHERE site_id = :s"
           " AND purge_time_us IS NULL AND lent_event_id IS NOT NULL"
           " AND create_time_us < :c AND ",
           kPersonal),
       soci::use(site_id), soci::use(cutoff_us), soci::into(id),
       soci::into(lent));
  st.execute();
  std::vector<long long> ids;
  while (st.fetch()) {
    ids.push_back(id);
    ids.push_back(lent);
  }
  int purged = 0;
  for (long long event_id : ids) {
    soci::statement up =
        (tx.sql.prepare << absl::StrCat(
             "UPDATE key_events SET borrower_name = '',"
             " borrower_doc_sealed = '', borrower_phone_sealed = '',"
             " returned_name = '', returned_doc_sealed = '',"
             " returned_phone_sealed = '', purge_time_us = :now"
             " WHERE id = :id AND site_id = :s AND purge_time_us IS NULL AND ",
             kPersonal),
         soci::use(now_us), soci::use(event_id), soci::use(site_id));
    up.execute(true);
    purged += static_cast<int>(up.get_affected_rows());
  }
  return purged;
}

}  // namespace frontdesk::db
