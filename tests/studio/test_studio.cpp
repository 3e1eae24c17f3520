// The Studio, scripted and headless: open a scenario folder, edit the text to introduce an error,
// see the diagnostic (code + line:col) after the debounce, jump to it, fix it, play from a node to
// an ending with the watch lists, and reload / keep / save when the file changes on disk.
#include "fee_offer_scenario.h"
#include "studio/studio_model.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <unistd.h>

using namespace lureproof;

namespace fs = std::filesystem;

namespace {

const std::string kScenario = studio_fixture::fee_offer_scenario("studio-test", "Studio Test", R"(var paid = false
var savings = 300

== post [social-post]
marius: Warehouse work, 2,400 euros a month! #line:p01
* Send Marius a message -> chat #line:p02
* Scroll on -> end_safe #line:p03

== chat [chat]
marius: There is an admin fee of 150 euros. #flag:fee #line:c01
* Pay the fee -> paid_fee if savings >= 150 else "Not enough money" #line:c02
* Ask for a contract first -> end_safe #line:c03

== paid_fee [sms]
~ paid = true
~ savings -= 150
narrator: Payment sent. {savings} euros left. #line:f01
-> end_harmed

== end_harmed [narration] ending harmed
if paid
narrator: The fee grew into a debt. #line:h01
endif
debrief: A fee before a job is a red flag. #line:h02

== end_safe [narration] ending safe
narrator: You did not pay. #line:s01
debrief: Asking for a contract kept you safe. #line:s02
)");

// A fresh folder with the scenario and one more file, removed afterwards.
struct TempFolder {
  fs::path dir;
  TempFolder() {
    dir = fs::temp_directory_path() / ("lureproof-studio-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    write("job.lure", kScenario);
    write("notes.txt", "not a scenario");
  }
  ~TempFolder() { fs::remove_all(dir); }
  std::string path(const std::string& name) const { return (dir / name).string(); }
  void write(const std::string& name, const std::string& text) const { std::ofstream(dir / name) << text; }
  std::string read(const std::string& name) const {
    std::ifstream in(dir / name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
};

const lure::Diagnostic* find_code(const StudioModel& m, const std::string& code) {
  for (const lure::Diagnostic& d : m.diagnostics())
    if (d.code == code) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("edit, see the new diagnostic, jump to it, fix it, play from a node to an ending") {
  TempFolder folder;
  StudioModel m(0.35);
  std::string error;
  REQUIRE(m.open_folder(folder.dir.string(), error));
  CHECK(m.files().size() == 1);  // only .lure files are listed
  CHECK(m.file_name() == "job.lure");
  CHECK(m.error_count() == 0);
  CHECK(m.warning_count() == 0);
  CHECK(m.graph().vertices.size() == 5);

  // Introduce an error: a choice that goes to a node that does not exist.
  const int line = m.document().find_line("* Send Marius a message -> chat");
  REQUIRE(line == 30);
  m.replace_line(line, "* Send Marius a message -> chta #line:p02", 10.0);
  CHECK(m.dirty());
  CHECK(m.analysis_pending());
  CHECK_FALSE(m.update(10.1));  // still typing: no re-parse yet
  CHECK(find_code(m, "LP200") == nullptr);
  CHECK(m.update(10.4));  // quiet for the debounce time: checked
  const lure::Diagnostic* d = find_code(m, "LP200");
  REQUIRE(d != nullptr);
  CHECK(d->severity == lure::Severity::Error);
  CHECK(d->line == 30);
  CHECK(d->column == 28);
  CHECK(d->message == "node 'chta' does not exist");
  CHECK(m.error_count() == 1);
  CHECK(m.diagnostics().front().code == "LP200");  // errors are listed first

  // Clicking the diagnostic moves the editor's cursor there.
  REQUIRE(m.jump_to_diagnostic(0));
  const auto jump = m.take_jump();
  REQUIRE(jump.has_value());
  CHECK(jump->line == 30);
  CHECK(jump->column == 28);
  CHECK(m.document().text().substr(size_t(jump->offset), 4) == "chta");
  CHECK(m.cursor_line() == 30);
  CHECK_FALSE(m.take_jump().has_value());

  // Playing is refused while there are errors.
  CHECK_FALSE(m.play_from("chat", 1, error));
  CHECK(error.find("fix the 1 error") != std::string::npos);

  // Fix it: the diagnostic disappears.
  REQUIRE(m.replace_first("-> chta", "-> chat", 11.0));
  CHECK(m.update(12.0));
  CHECK(find_code(m, "LP200") == nullptr);
  CHECK(m.error_count() == 0);
  CHECK(m.warning_count() == 0);

  // Put the cursor inside the `chat` node and play from here.
  m.set_cursor(m.document().offset_of(m.document().find_line("* Ask for a contract first"), 3));
  CHECK(m.node_at_cursor() == "chat");
  m.set_cursor(0);
  CHECK(m.node_at_cursor().empty());  // the header: play from here means the start
  m.set_cursor(m.document().offset_of(m.line_of_node("chat") + 1));
  REQUIRE(m.play_from_cursor(7, error));
  Playtest& play = m.playtest();
  CHECK(play.started_at() == "chat");
  CHECK(play.current_node() == "chat");
  CHECK(play.story().path() == std::vector<std::string>{"chat"});
  REQUIRE(play.story().choices().size() == 2);
  CHECK(play.story().choices()[0].text == "Pay the fee");
  CHECK(play.story().choices()[0].enabled);
  auto flags = play.flags();
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].seen);
  CHECK(flags[0].in_current);
  auto vars = play.variables();
  REQUIRE(vars.size() == 2);
  CHECK(vars[0].id == "paid");
  CHECK_FALSE(vars[0].changed);

  REQUIRE(play.choose(0));  // pay the fee -> paid_fee -> end_harmed
  CHECK(play.story().is_ended());
  CHECK(play.current_node() == "end_harmed");
  CHECK(play.story().ending() == lure::EndingClass::Harmed);
  CHECK(play.status() == "Reached the ending 'end_harmed' (harmed)");
  vars = play.variables();
  CHECK(vars[0].value == "true");
  CHECK(vars[0].changed);
  CHECK(vars[1].id == "savings");
  CHECK(vars[1].value == "150");
  CHECK(play.story().path() == std::vector<std::string>{"chat", "paid_fee", "end_harmed"});

  // An edit makes the running play stale (it keeps its own copy of the scenario).
  CHECK_FALSE(m.play_is_stale());
  m.replace_line(m.document().find_line("narrator: You did not pay."), "narrator: You kept your money. #line:s01",
                 13.0);
  CHECK(m.play_is_stale());
  CHECK(play.story().current().id == "end_harmed");

  // Play from another node: the safe ending.
  REQUIRE(m.play_from("chat", 7, error));
  REQUIRE(m.playtest().choose(1));
  CHECK(m.playtest().story().ending() == lure::EndingClass::Safe);
  CHECK(m.playtest().story().current().lines.at(0).text == "You kept your money.");
}

TEST_CASE("hot reload: a clean buffer follows the disk, a dirty one asks, save writes the file") {
  TempFolder folder;
  StudioModel m(0.35, 0.0);
  std::string error;
  REQUIRE(m.open_folder(folder.path("job.lure"), error));
  CHECK(m.folder() == folder.dir.string());

  // Another editor changes the file: the clean buffer reloads.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::string changed = kScenario;
  changed.replace(changed.find("title: Studio Test"), 18, "title: Changed Title");
  folder.write("job.lure", changed);
  m.poll_disk(1.0);
  CHECK(m.reload_count() == 1);
  CHECK(m.document().text() == changed);
  CHECK(m.scenario()->header.title == "Changed Title");
  CHECK_FALSE(m.disk_conflict());

  // Unsaved edits + a change on disk: a conflict, not a silent reload.
  m.replace_line(3, "title: Mine", 2.0);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  folder.write("job.lure", kScenario);
  m.poll_disk(3.0);
  CHECK(m.disk_conflict());
  CHECK(m.document().line(3) == "title: Mine");
  CHECK(m.reload_count() == 1);

  SUBCASE("reload takes the disk version") {
    m.reload_from_disk();
    CHECK_FALSE(m.disk_conflict());
    CHECK_FALSE(m.dirty());
    CHECK(m.document().text() == kScenario);
  }
  SUBCASE("keep mine, then save replaces the file") {
    m.keep_mine();
    CHECK_FALSE(m.disk_conflict());
    m.poll_disk(4.0);
    CHECK_FALSE(m.disk_conflict());  // not asked again for the same change
    REQUIRE(m.save(error));
    CHECK_FALSE(m.dirty());
    CHECK(folder.read("job.lure") == m.document().text());
    CHECK(folder.read("job.lure").find("title: Mine") != std::string::npos);
    CHECK_FALSE(fs::exists(folder.path("job.lure.tmp")));
    m.poll_disk(5.0);  // our own save is not a change on disk
    CHECK(m.reload_count() == 1);
  }
}

TEST_CASE("an empty file opens, and the problems say what is missing") {
  TempFolder folder;
  folder.write("new.lure", "");
  StudioModel m;
  std::string error;
  REQUIRE(m.open_folder(folder.path("new.lure"), error));
  CHECK(m.files().size() == 2);
  CHECK(m.document().line_count() == 1);
  CHECK(m.error_count() > 0);
  CHECK(m.graph().vertices.empty());
  CHECK_FALSE(m.play_from_cursor(1, error));
  m.document().mutable_text() = "scenario: new\n";
  m.note_edited(1.0);
  CHECK(m.update(2.0));
  CHECK(m.dirty());
}
