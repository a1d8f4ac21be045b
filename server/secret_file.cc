#include "server/secret_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "absl/strings/str_cat.h"

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
  // mode, so no one else can open it between creation and rename.
  std::string temp = (dir / (".frontdesk-secret-XXXXXX")).string();
  int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) return Failed("create a file in", dir.string(), errno);
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
