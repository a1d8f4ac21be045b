// Writes a secret (the first-start admin token) to a file only its owner
// may read. The file is created new (O_CREAT|O_EXCL|O_NOFOLLOW), mode 0600
// before the first byte is written, in the target's directory, and then
// renamed over `path`: a file already there
// is replaced whatever its mode, and a symbolic link at `path` is replaced
// itself, never written through, so a link planted there cannot send the
// secret elsewhere. Parent directories are created (mode 0700) if missing.
#ifndef FRONTDESK_SERVER_SECRET_FILE_H_
#define FRONTDESK_SERVER_SECRET_FILE_H_

#include <string>

#include "absl/status/status.h"

namespace frontdesk {

// `secret` and a newline to `path`. An error names the path and the step.
absl::Status WriteSecretFile(const std::string& path,
                             const std::string& secret);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_SECRET_FILE_H_
