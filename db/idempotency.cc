#include "db/idempotency.h"

#include <soci/soci.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "common/status.h"

namespace frontdesk::db {
namespace {

struct Recorded {
  std::string request_sha256;
  std::string response;
};

// The response as the record holds it: sealed ("v1:..."), or base64 when
// written before records were sealed (until db/legacy_sealing.h seals it).
absl::StatusOr<std::string> OpenRecorded(const DataProtector& protector,
                                         const std::string& stored) {
  if (absl::StartsWith(stored, "v1:")) return protector.Open(stored);
  std::string response;
  if (!absl::Base64Unescape(stored, &response)) {
    return absl::DataLossError(
        "a recorded response is neither sealed nor base64");
  }
  return response;
}

absl::StatusOr<std::optional<Recorded>> Lookup(Tx& tx,
                                               const DataProtector& protector,
                                               const std::string& caller,
                                               const std::string& method,
                                               const std::string& request_id) {
  Recorded r;
  std::string stored;
  soci::indicator ind = soci::i_null;
  tx.sql << "SELECT request_sha256, response FROM idempotency_keys"
            " WHERE caller = :c AND method = :m AND request_id = :r",
      soci::use(caller), soci::use(method), soci::use(request_id),
      soci::into(r.request_sha256), soci::into(stored, ind);
  if (!tx.sql.got_data() || ind != soci::i_ok) {
    return std::optional<Recorded>();
  }
  auto response = OpenRecorded(protector, stored);
  if (!response.ok()) return response.status();
  r.response = *std::move(response);
  return std::optional<Recorded>(std::move(r));
}

absl::StatusOr<std::string> Replay(const Recorded& r,
                                   absl::string_view request_sha256) {
  if (r.request_sha256 != request_sha256) {
    return InvalidField("request_id",
                        "was already used for a different request; use a new "
                        "request_id for a new request",
                        "REQUEST_ID_REUSED");
  }
  return r.response;
}

}  // namespace

absl::StatusOr<std::string> RunIdempotent(
    Database& db, const DataProtector& protector, absl::string_view caller_view,
    absl::string_view method_view, absl::string_view request_id_view,
    absl::string_view request_sha256, int64_t now_us,
    const std::function<absl::StatusOr<std::string>(Tx&)>& mutate,
    const std::function<absl::Status(Tx&, const std::string&)>& present) {
  const std::string caller(caller_view);
  const std::string method(method_view);
  const std::string request_id(request_id_view);
  const std::string sha(request_sha256);
  std::string response;
  auto shown = [&](Tx& tx) {
    return present ? present(tx, response) : absl::OkStatus();
  };
  // The earlier response of this request_id, if there is one: replayed (and
  // presented), or refused when it was made for another request.
  auto replay = [&](Tx& tx) -> std::optional<absl::Status> {
    auto earlier = Lookup(tx, protector, caller, method, request_id);
    if (!earlier.ok()) return earlier.status();
    if (!*earlier) return std::nullopt;
    absl::StatusOr<std::string> replayed = Replay(**earlier, sha);
    if (!replayed.ok()) return replayed.status();
    response = *std::move(replayed);
    return shown(tx);  // nothing else written
  };

  absl::Status status = db.Transact([&](Tx& tx) -> absl::Status {
    if (!request_id.empty()) {
      if (std::optional<absl::Status> replayed = replay(tx)) return *replayed;
    }
    absl::StatusOr<std::string> result = mutate(tx);
    if (!result.ok()) return result.status();
    response = *std::move(result);
    if (!request_id.empty()) {
      std::string sealed = protector.Seal(response);
      long long now = now_us;
      // A concurrent first attempt that committed meanwhile makes this insert
      // fail on the primary key; Transact rolls our work back.
      tx.sql << "INSERT INTO idempotency_keys (caller, method, request_id,"
                " request_sha256, response, create_time_us)"
                " VALUES (:c, :m, :r, :h, :b, :t)",
          soci::use(caller), soci::use(method), soci::use(request_id),
          soci::use(sha), soci::use(sealed), soci::use(now);
    }
    return shown(tx);
  });

  if (status.code() == absl::StatusCode::kAlreadyExists &&
      ErrorReason(status) == "ALREADY_EXISTS" && !request_id.empty()) {
    // Lost the race: the winner's response is now committed. If there is
    // none, the duplicate was some other key and the error stands.
    const absl::Status duplicate = status;
    status = db.Transact([&](Tx& tx) -> absl::Status {
      std::optional<absl::Status> replayed = replay(tx);
      return replayed ? *replayed : duplicate;
    });
  }
  if (!status.ok()) return status;
  return response;
}

absl::StatusOr<int> PurgeIdempotencyRecords(Tx& tx, int64_t before_us,
                                            int limit) {
  long long before = before_us;
  int batch = std::max(1, limit);
  // MariaDB takes DELETE ... ORDER BY ... LIMIT; SQLite (as Debian builds
  // it) does not, hence a keyed subquery there.
  soci::statement st =
      tx.mysql()
          ? (tx.sql.prepare << "DELETE FROM idempotency_keys"
                               " WHERE create_time_us < :b"
                               " ORDER BY create_time_us LIMIT :n",
             soci::use(before), soci::use(batch))
          : (tx.sql.prepare << "DELETE FROM idempotency_keys WHERE rowid IN"
                               " (SELECT rowid FROM idempotency_keys"
                               " WHERE create_time_us < :b"
                               " ORDER BY create_time_us LIMIT :n)",
             soci::use(before), soci::use(batch));
  st.execute(true);
  return static_cast<int>(st.get_affected_rows());
}

absl::StatusOr<int> SealClearRecords(Tx& tx, const DataProtector& protector,
                                     int limit) {
  struct Clear {
    std::string caller, method, request_id, stored;
  };
  std::vector<Clear> clear;
  {
    Clear row;
    int batch = std::max(1, limit);
    soci::statement st =
        (tx.sql.prepare << std::string(
                               "SELECT caller, method, request_id, response"
                               " FROM idempotency_keys"
                               " WHERE response <> ''"
                               " AND response NOT LIKE 'v1:%' LIMIT :n") +
                               (tx.mysql() ? " FOR UPDATE" : ""),
         soci::use(batch), soci::into(row.caller), soci::into(row.method),
         soci::into(row.request_id), soci::into(row.stored));
    st.execute();
    while (st.fetch()) clear.push_back(row);
  }
  for (const Clear& row : clear) {
    auto response = OpenRecorded(protector, row.stored);
    if (!response.ok()) return response.status();
    std::string sealed = protector.Seal(*response);
    tx.sql << "UPDATE idempotency_keys SET response = :s WHERE caller = :c"
              " AND method = :m AND request_id = :r AND response = :old",
        soci::use(sealed), soci::use(row.caller), soci::use(row.method),
        soci::use(row.request_id), soci::use(row.stored);
  }
  return static_cast<int>(clear.size());
}

}  // namespace frontdesk::db
