// Writing report files for `frontdesk report ... --out DIR`, so that a
// scheduler's archive never holds a half-written file: each file is written
// to a temporary file in DIR (".NAME.XXXXXX.tmp"), flushed to disk (fsync),
// renamed over NAME, and the directory is synced. On any failure the
// temporary file is removed and NAME is untouched. Pure POSIX; no CLI11, no
// gRPC.
#ifndef FRONTDESK_CLIENTS_CLI_REPORT_FILES_H_
#define FRONTDESK_CLIENTS_CLI_REPORT_FILES_H_

#include <string>

namespace frontdesk::cli {

// Creates `directory` (and its parents) when missing. "" on success, else
// what failed, e.g. "/var/lib/x: Permission denied".
std::string EnsureDirectory(const std::string& directory);

// Writes `contents` to `directory`/`name` atomically (see above), mode 0644
// less the umask. "" on success, else what failed.
std::string WriteFileAtomically(const std::string& directory,
                                const std::string& name,
                                const std::string& contents);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_REPORT_FILES_H_
