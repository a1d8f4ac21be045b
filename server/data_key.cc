#include "server/data_key.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "db/visitor/visitor_settings_store.h"

namespace frontdesk {
namespace {

absl::Status WriteNewKey(const std::string& path) {
  mode_t old = umask(077);
  std::ofstream out(path, std::ios::trunc);
  out << DataProtector::GenerateKeyText() << "\n";
  out.close();
  umask(old);
  chmod(path.c_str(), 0600);
  if (!out) {
    return absl::FailedPreconditionError(
        absl::StrCat("could not write a new data key to ", path));
  }
  spdlog::info(
      "first start: data key written to {} (mode 0600); back it up "
      "with the database",
      path);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<DataProtector> LoadDataKey(const db::DatabaseConfig& config,
                                          const std::string& configured) {
  std::string path = configured;
  if (path.empty()) {
    if (config.backend != db::Backend::kSqlite) {
      return absl::FailedPreconditionError(
          "no data key configured: set --data_key_file or "
          "FRONTDESK_DATA_KEY_FILE (a file of 64 hex digits, e.g. `openssl "
          "rand -hex 32`, the same for every frontdeskd on this database)");
    }
    path = config.sqlite_path + ".key";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      absl::Status written = WriteNewKey(path);
      if (!written.ok()) return written;
    }
  }
  std::ifstream in(path);
  if (!in) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot read the data key file ", path));
  }
  std::stringstream text;
  text << in.rdbuf();
  auto protector = DataProtector::FromKeyText(text.str());
  if (!protector.ok()) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": ", protector.status().message()));
  }
  return protector;
}

absl::Status CheckDataKey(db::Database& db, const DataProtector& protector,
                          long long now_us) {
  std::string fingerprint = protector.Blind("data-key-check", "frontdesk");
  auto check = [&] {
    return db.Transact([&](db::Tx& tx) {
      return db::CheckDataKeyFingerprint(tx, fingerprint, now_us);
    });
  };
  absl::Status status = check();
  // Servers starting together on a new database: one records the
  // fingerprint, the others lose the insert and compare with it instead.
  if (status.code() == absl::StatusCode::kAlreadyExists) status = check();
  return status;
}

}  // namespace frontdesk
