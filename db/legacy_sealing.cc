#include "db/legacy_sealing.h"

#include <soci/soci.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "db/idempotency.h"
#include "db/ticket/ticket_store.h"

namespace frontdesk::db {
namespace {

// One batch of a table: how many clear rows it sealed (fewer than the batch
// size when the table has no more), and the count it adds to.
struct TableSealer {
  std::function<absl::StatusOr<int>(Tx&, int batch)> seal;
  int* count = nullptr;
};

// The sealer of `table`; nullopt for a table this server does not know.
std::optional<TableSealer> SealerOf(const std::string& table,
                                    const DataProtector& protector,
                                    SealedCounts& counts) {
  if (table == "tickets") {
    return TableSealer{[&protector](Tx& tx, int batch) {
                         return SealClearReporters(tx, protector, batch);
                       },
                       &counts.tickets};
  }
  if (table == "ticket_events") {
    // The pass walks the history by id; the sealer keeps its place.
    auto after = std::make_shared<long long>(0);
    return TableSealer{[&protector, after](Tx& tx, int batch) {
                         return SealClearEventChanges(tx, protector,
                                                      after.get(), batch);
                       },
                       &counts.ticket_events};
  }
  if (table == "idempotency_keys") {
    return TableSealer{[&protector](Tx& tx, int batch) {
                         return SealClearRecords(tx, protector, batch);
                       },
                       &counts.recorded_responses};
  }
  return std::nullopt;
}

}  // namespace

absl::StatusOr<std::vector<std::string>> SealingBacklog(Database& db) {
  std::vector<std::string> tables;
  absl::Status read = db.Read([&](Tx& tx) {
    std::string table;
    soci::statement st =
        (tx.sql.prepare
             << "SELECT table_name FROM sealing_backlog ORDER BY table_name",
         soci::into(table));
    st.execute();
    while (st.fetch()) tables.push_back(table);
    return absl::OkStatus();
  });
  if (!read.ok()) return read;
  return tables;
}

absl::StatusOr<SealedCounts> SealLegacyPersonalData(
    Database& db, const DataProtector& protector, int batch) {
  batch = std::max(1, batch);
  auto backlog = SealingBacklog(db);
  if (!backlog.ok()) return backlog.status();
  SealedCounts counts;
  for (const std::string& table : *backlog) {
    std::optional<TableSealer> sealer = SealerOf(table, protector, counts);
    if (!sealer) {
      return Error(absl::StatusCode::kFailedPrecondition,
                   "UNKNOWN_SEALING_BACKLOG",
                   absl::StrCat("sealing_backlog names \"", table,
                                "\", which this server cannot seal; run a "
                                "newer frontdeskd"));
    }
    int sealed = batch;
    while (sealed >= batch) {
      absl::Status status = db.Transact([&](Tx& tx) -> absl::Status {
        auto n = sealer->seal(tx, batch);
        if (!n.ok()) return n.status();
        sealed = *n;
        return absl::OkStatus();
      });
      if (!status.ok()) return status;
      *sealer->count += sealed;
    }
    absl::Status done = db.Transact([&](Tx& tx) {
      tx.sql << "DELETE FROM sealing_backlog WHERE table_name = :t",
          soci::use(table);
      return absl::OkStatus();
    });
    if (!done.ok()) return done;
  }
  return counts;
}

}  // namespace frontdesk::db
