#include "server/secret_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "common/crypto.h"

namespace frontdesk {
namespace {

absl::Status Failed(absl::string_view step, const std::string& path,
                    int error) {
  return absl::InternalError(
      absl::StrCat("cannot ", step, " ", path, ": ", std::strerror(error)));
}

}  // namespace

absl::Status WriteSecretFile(const std::string& path,
                             const std::string& secret) {
  const std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) {
    std::filesystem::create_directories(dir, ec);
    if (ec) return Failed("create the directory", dir.string(), ec.value());
    ::chmod(dir.c_str(), 0700);
  }
  // A fresh name beside the target, created exclusively with its final
  // mode before anything is written: O_CREAT|O_EXCL never opens a file (or
  // link) already there, O_NOFOLLOW never goes through a link, and mode
  // 0600 from creation, so no one else can open it before the rename.
  std::string temp;
  int fd = -1;
  int error = 0;
  for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
    temp = (dir / (".frontdesk-secret-" + RandomToken(12))).string();
    fd = ::open(temp.c_str(),
                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    error = errno;
    if (fd < 0 && error != EEXIST) break;
  }
  if (fd < 0) return Failed("create a file in", dir.string(), error);
  // The umask may have taken bits away; the owner needs read and write.
  if (::fchmod(fd, 0600) != 0) {
    int error = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return Failed("set the mode of", temp, error);
  }
  const std::string content = secret + "\n";
  size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int error = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      return Failed("write", temp, error);
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    return Failed("write", temp, error);
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    return Failed("rename the secret into", path, error);
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
