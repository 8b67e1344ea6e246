// The atomic replace under failure: whatever step fails, the original keeps its bytes, no
// temporary file is left behind, and an existing backup is never overwritten.
#include "output/atomic_file.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

namespace cerslint::output {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cerslint_atomic_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    target_ = (dir_ / "groups.csv").string();
    std::ofstream(target_, std::ios::binary) << "old\r\n";
    fs::permissions(target_, fs::perms::owner_read | fs::perms::owner_write |
                                 fs::perms::group_read);
  }
  void TearDown() override {
    set_fault_hook(nullptr);
    fs::remove_all(dir_);
  }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), {}));
  }
  fs::path dir_;
  std::string target_;
};

TEST_F(AtomicFileTest, ReplacesKeepsModeAndBackup) {
  const auto before = identify(target_);
  ASSERT_TRUE(before);
  auto file = AtomicFile::create(target_);
  ASSERT_TRUE(file);
  struct stat st {};
  ASSERT_EQ(::stat(file->temp_path().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);  // private while being written
  EXPECT_FALSE(file->write("new\r\n"));
  EXPECT_FALSE(file->commit(before.value(), target_ + ".bak"));
  EXPECT_EQ(slurp(target_), "new\r\n");
  EXPECT_EQ(slurp(target_ + ".bak"), "old\r\n");
  ASSERT_EQ(::stat(target_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);  // the original's permissions
  EXPECT_EQ(entries(), 2u);             // no temporary file left
}

TEST_F(AtomicFileTest, RefusesWhenTheOriginalChangedSinceRead) {
  const auto before = identify(target_);
  ASSERT_TRUE(before);
  auto file = AtomicFile::create(target_);
  ASSERT_TRUE(file);
  EXPECT_FALSE(file->write("new\r\n"));
  std::ofstream(target_, std::ios::binary | std::ios::app) << "edited by someone else\r\n";
  const Status status = file->commit(before.value(), "");
  ASSERT_TRUE(status);
  EXPECT_NE(status->message.find("changed on disk"), std::string::npos);
  EXPECT_EQ(slurp(target_), "old\r\nedited by someone else\r\n");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileTest, NeverOverwritesAnExistingBackup) {
  std::ofstream(target_ + ".bak", std::ios::binary) << "first backup\r\n";
  auto file = AtomicFile::create(target_);
  ASSERT_TRUE(file);
  EXPECT_FALSE(file->write("new\r\n"));
  const Status status = file->commit(identify(target_).value(), target_ + ".bak");
  ASSERT_TRUE(status);
  EXPECT_NE(status->message.find("already exists"), std::string::npos);
  EXPECT_EQ(slurp(target_), "old\r\n");
  EXPECT_EQ(slurp(target_ + ".bak"), "first backup\r\n");
  EXPECT_EQ(entries(), 2u);
}

Step g_fail_at = Step::kCreate;
bool fail_at(Step s) { return s == g_fail_at; }

class AtomicFileFaults : public AtomicFileTest, public ::testing::WithParamInterface<Step> {};

TEST_P(AtomicFileFaults, OriginalIntactAndNoTemporaryLeft) {
  g_fail_at = GetParam();
  set_fault_hook(&fail_at);
  const auto before = identify(target_);
  ASSERT_TRUE(before);
  auto file = AtomicFile::create(target_);
  Status status;
  if (!file) {
    status = file.error();
  } else {
    status = file->write("new\r\n");
    if (!status) status = file->commit(before.value(), target_ + ".bak");
  }
  ASSERT_TRUE(status) << "the injected failure was not reported";
  if (GetParam() == Step::kSyncDir) {
    // The rename happened; only its durability is in doubt, and the message says so.
    EXPECT_EQ(slurp(target_), "new\r\n");
    EXPECT_NE(status->message.find("was replaced"), std::string::npos);
  } else {
    EXPECT_EQ(slurp(target_), "old\r\n");
    EXPECT_FALSE(fs::exists(target_ + ".bak"));
    EXPECT_NE(status->message.find("unchanged"), std::string::npos) << status->message;
    EXPECT_EQ(entries(), 1u);
  }
}

INSTANTIATE_TEST_SUITE_P(EveryStep, AtomicFileFaults,
                         ::testing::Values(Step::kCreate, Step::kWrite, Step::kSync,
                                           Step::kBackup, Step::kRename, Step::kSyncDir));

// A kill (SIGKILL: no handler, no cleanup) just before each step. The process that fixes the
// file is a forked child whose fault hook kills it; the parent then looks at what a person
// would find: the file is the old one or the new one, whole; a backup, if any, is the old
// file; and nothing half-written is left. Killed after the new file got its temporary name
// (the kRename step), that name may stay behind holding the complete new file, with the
// original's permissions: no partial data, no data the original did not already expose.
Step g_kill_at = Step::kCreate;
bool kill_at(Step s) {
  if (s == g_kill_at) ::raise(SIGKILL);
  return false;
}

class AtomicFileKills : public AtomicFileTest,
                        public ::testing::WithParamInterface<std::tuple<Step, bool>> {};

TEST_P(AtomicFileKills, OldOrNewNeverAMix) {
  const auto [step, with_backup] = GetParam();
  const std::string new_content = std::string(1 << 20, 'n') + "\r\n";  // more than one write
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    g_kill_at = step;
    set_fault_hook(&kill_at);
    const auto before = identify(target_);
    auto file = AtomicFile::create(target_);
    if (!before || !file) ::_exit(3);
    if (file->write(new_content) || file->commit(before.value(), with_backup ? target_ + ".bak" : ""))
      ::_exit(4);
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  // kBackup is only reached with a backup to make.
  const bool step_reached = step != Step::kBackup || with_backup;
  ASSERT_EQ(killed, step_reached) << "exit status " << status;
  if (!step_reached) {
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }

  const std::string now = slurp(target_);
  const bool replaced = step == Step::kSyncDir || !step_reached;
  EXPECT_EQ(now, replaced ? new_content : "old\r\n");
  std::size_t expected_entries = 1;
  if (fs::exists(target_ + ".bak")) {
    EXPECT_TRUE(with_backup);
    EXPECT_EQ(slurp(target_ + ".bak"), "old\r\n");
    ++expected_entries;
  }
  for (const auto& entry : fs::directory_iterator(dir_)) {
    const std::string name = entry.path().filename().string();
    if (name == "groups.csv" || name == "groups.csv.bak") continue;
    EXPECT_EQ(step, Step::kRename) << "left behind: " << name;
    EXPECT_EQ(name.rfind(".groups.csv.cerslint-", 0), 0u) << name;
    EXPECT_EQ(slurp(entry.path()), new_content) << "a partial file was left: " << name;
    ++expected_entries;
  }
  EXPECT_EQ(entries(), expected_entries);
}

INSTANTIATE_TEST_SUITE_P(
    EveryStep, AtomicFileKills,
    ::testing::Combine(::testing::Values(Step::kCreate, Step::kWrite, Step::kSync, Step::kBackup,
                                         Step::kRename, Step::kSyncDir),
                       ::testing::Bool()));

TEST_F(AtomicFileTest, ReadOnlyDirectoryIsAClearError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
  auto file = AtomicFile::create(target_);
  fs::permissions(dir_, fs::perms::owner_all);
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().message.find("writable"), std::string::npos);
  EXPECT_EQ(slurp(target_), "old\r\n");
}

}  // namespace
}  // namespace cerslint::output
