#include "server/secret_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace frontdesk {
namespace {

namespace fs = std::filesystem;

class SecretFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/frontdesk-secret-test-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string Read(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static mode_t ModeOf(const fs::path& path) {
    struct stat st {};
    EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
    return st.st_mode;
  }

  fs::path dir_;
};

TEST_F(SecretFileTest, ANewFileInNewDirectoriesIsTheOwnersAlone) {
  const fs::path path = dir_ / "config" / "frontdesk" / "token";
  ASSERT_TRUE(WriteSecretFile(path.string(), "fd_secret").ok());
  EXPECT_EQ(Read(path), "fd_secret\n");
  EXPECT_EQ(ModeOf(path) & 0777, 0600u);
  EXPECT_EQ(ModeOf(path.parent_path()) & 0777, 0700u);
  // Nothing left beside it.
  EXPECT_EQ(std::distance(fs::directory_iterator(path.parent_path()),
                          fs::directory_iterator()),
            1);
}

TEST_F(SecretFileTest, AnExistingReadableFileIsReplacedNotReused) {
  const fs::path path = dir_ / "token";
  std::ofstream(path) << "old\n";
  ASSERT_EQ(::chmod(path.c_str(), 0644), 0);
  ASSERT_TRUE(WriteSecretFile(path.string(), "fd_new").ok());
  EXPECT_EQ(Read(path), "fd_new\n");
  EXPECT_EQ(ModeOf(path) & 0777, 0600u);
}

TEST_F(SecretFileTest, ALinkAtThePathIsReplacedNeverWrittenThrough) {
  const fs::path elsewhere = dir_ / "elsewhere";
  std::ofstream(elsewhere) << "untouched\n";
  const fs::path path = dir_ / "token";
  fs::create_symlink(elsewhere, path);
  ASSERT_TRUE(WriteSecretFile(path.string(), "fd_secret").ok());
  EXPECT_EQ(Read(elsewhere), "untouched\n");
  EXPECT_FALSE(S_ISLNK(ModeOf(path)));
  EXPECT_EQ(Read(path), "fd_secret\n");
  EXPECT_EQ(ModeOf(path) & 0777, 0600u);
}

TEST_F(SecretFileTest, ADanglingLinkAtThePathIsNotFollowed) {
  // A link to where an attacker would collect the secret: nothing is
  // created there.
  const fs::path trap = dir_ / "trap" / "collected";
  fs::create_directory(dir_ / "trap");
  const fs::path path = dir_ / "token";
  fs::create_symlink(trap, path);
  ASSERT_TRUE(WriteSecretFile(path.string(), "fd_secret").ok());
  EXPECT_FALSE(fs::exists(fs::symlink_status(trap)));
  EXPECT_FALSE(S_ISLNK(ModeOf(path)));
  EXPECT_EQ(Read(path), "fd_secret\n");
  EXPECT_EQ(ModeOf(path) & 0777, 0600u);
}

TEST_F(SecretFileTest, ModeIs0600WhateverTheUmask) {
  for (mode_t mask : {mode_t{0}, mode_t{022}, mode_t{0277}}) {
    const mode_t old = ::umask(mask);
    const fs::path path = dir_ / ("token" + std::to_string(mask));
    absl::Status s = WriteSecretFile(path.string(), "fd_secret");
    ::umask(old);
    ASSERT_TRUE(s.ok()) << s;
    EXPECT_EQ(ModeOf(path) & 0777, 0600u) << "umask " << mask;
    EXPECT_EQ(Read(path), "fd_secret\n");
  }
}

TEST_F(SecretFileTest, ADirectoryAtThePathIsAnErrorNamingIt) {
  const fs::path path = dir_ / "token";
  fs::create_directory(path);
  absl::Status s = WriteSecretFile(path.string(), "fd");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path.string()), std::string::npos) << s;
  // No temporary file is left behind.
  EXPECT_EQ(
      std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(SecretFileTest, AnUnwritableDirectoryIsAnErrorNamingIt) {
  if (::geteuid() == 0) {
    // root writes anywhere; a path under a regular file fails for root too.
    const fs::path file = dir_ / "plain";
    std::ofstream(file) << "x";
    absl::Status s = WriteSecretFile((file / "token").string(), "fd");
    EXPECT_FALSE(s.ok());
    EXPECT_NE(s.message().find(file.string()), std::string::npos) << s;
    return;
  }
  const fs::path locked = dir_ / "locked";
  fs::create_directory(locked);
  ASSERT_EQ(::chmod(locked.c_str(), 0500), 0);
  absl::Status s = WriteSecretFile((locked / "token").string(), "fd");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(locked.string()), std::string::npos) << s;
}

}  // namespace
}  // namespace frontdesk
