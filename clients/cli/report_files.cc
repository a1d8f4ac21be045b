#include "clients/cli/report_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace frontdesk::cli {
namespace {

std::string Failure(const std::string& path) {
  return path + ": " + std::strerror(errno);
}

bool WriteAll(int fd, const std::string& contents) {
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n =
        ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    written += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

std::string EnsureDirectory(const std::string& directory) {
  if (directory.empty()) return "the output directory is empty";
  for (size_t pos = 1; pos <= directory.size(); ++pos) {
    if (pos != directory.size() && directory[pos] != '/') continue;
    std::string prefix = directory.substr(0, pos);
    if (::mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST) {
      return Failure(prefix);
    }
  }
  struct stat info;
  if (::stat(directory.c_str(), &info) != 0) return Failure(directory);
  if (!S_ISDIR(info.st_mode)) return directory + ": not a directory";
  return "";
}

std::string WriteFileAtomically(const std::string& directory,
                                const std::string& name,
                                const std::string& contents) {
  const std::string target = directory + "/" + name;
  std::string pattern = directory + "/." + name + ".XXXXXX";
  std::vector<char> temp(pattern.begin(), pattern.end());
  temp.push_back('\0');
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return Failure(pattern);
  const std::string temp_path = temp.data();
  std::string error;
  mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0644 & ~mask) != 0 || !WriteAll(fd, contents) ||
      ::fsync(fd) != 0) {
    error = Failure(temp_path);
  }
  if (::close(fd) != 0 && error.empty()) error = Failure(temp_path);
  if (error.empty() && ::rename(temp_path.c_str(), target.c_str()) != 0) {
    error = Failure(target);
  }
  if (!error.empty()) {
    ::unlink(temp_path.c_str());
    return error;
  }
  // The rename is durable once the directory is synced.
  int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return "";
}

}  // namespace frontdesk::cli
