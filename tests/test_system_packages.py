""".ci/system-packages, which `make test` (and so `.ci/run`) runs first: what the tests need
from the system is installed when it is missing and may be installed, and otherwise one line
names the command to run. Run here with the real binaries hidden from PATH: a fake `apt-get`,
`sudo` and `id` record what would have run; nothing is installed."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / ".ci" / "system-packages"
EVERYTHING = ["gettext", "chromium", "fonts-dejavu-core", "fonts-wqy-microhei"]


def tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/bash\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def machine(tmp_path):
    """A machine with nothing the tests need: a PATH of fakes only (no msgfmt), no Chromium
    and no fonts where the script looks; `id` says a user, not root."""
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    calls = tmp_path / "calls"
    tool(bin_, "id", 'echo 1000')
    tool(bin_, "mktemp", f'echo {tmp_path}/apt.log')
    tool(bin_, "rm", "true")
    tool(bin_, "apt-get", f'echo "apt-get $*" >> {calls}')

    def run(**env):
        result = subprocess.run(["/bin/bash", str(SCRIPT)], capture_output=True, text=True, timeout=60,
                                env={"PATH": str(bin_), "HEXAGLOT_CHROMIUM": str(tmp_path / "no-chromium"),
                                     "HEXAGLOT_FONTS": str(tmp_path / "no-fonts"), **env})
        return result, (calls.read_text(encoding="utf-8").splitlines() if calls.exists() else [])

    return bin_, tmp_path, run


def test_as_root_what_is_missing_is_installed(machine):
    bin_, _, run = machine
    tool(bin_, "id", "echo 0")
    result, calls = run()
    assert result.returncode == 0
    assert calls == ["apt-get update -qq", "apt-get install -y -qq " + " ".join(EVERYTHING)]
    assert result.stderr == "hexaglot: installing what the tests need: " + " ".join(EVERYTHING) + "\n"


def test_through_sudo_without_a_password_it_is_installed(machine):
    bin_, tmp_path, run = machine
    tool(bin_, "sudo", f'echo "sudo $*" >> {tmp_path}/sudo; shift; "$@"')  # drops -n
    result, calls = run()
    assert result.returncode == 0
    assert calls == ["apt-get update -qq", "apt-get install -y -qq " + " ".join(EVERYTHING)]
    assert "sudo -n apt-get install -y -qq gettext" in (tmp_path / "sudo").read_text(encoding="utf-8")


def test_a_user_who_may_not_install_gets_one_line_naming_the_command(machine):
    bin_, _, run = machine
    tool(bin_, "sudo", "exit 1")  # sudo that wants a password
    result, calls = run()
    assert result.returncode == 2 and calls == []
    assert result.stderr.splitlines() == [
        "hexaglot: the tests need gettext chromium fonts-dejavu-core fonts-wqy-microhei: run "
        "'sudo apt-get install -y gettext chromium fonts-dejavu-core fonts-wqy-microhei', then make test again"]


def test_a_system_without_apt_gets_one_line(machine):
    bin_, _, run = machine
    (bin_ / "apt-get").unlink()
    result, _ = run()
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "has no apt-get" in result.stderr


def test_a_failed_install_is_one_line_and_keeps_apt_gets_output(machine):
    bin_, tmp_path, run = machine
    tool(bin_, "id", "echo 0")
    tool(bin_, "apt-get", 'echo "E: Unable to locate package chromium" >&2; exit 100')
    result, _ = run()
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("hexaglot: installing gettext chromium")
    assert "Unable to locate package" in (tmp_path / "apt.log").read_text(encoding="utf-8")


def test_only_what_is_missing_is_asked_for_and_nothing_when_all_is_there(machine):
    bin_, tmp_path, run = machine
    tool(bin_, "id", "echo 0")
    tool(bin_, "msgfmt", "true")
    fonts = tmp_path / "fonts"
    (fonts / "dejavu").mkdir(parents=True)
    (fonts / "dejavu" / "DejaVuSans.ttf").write_bytes(b"")
    result, calls = run(HEXAGLOT_FONTS=str(fonts))
    assert result.returncode == 0
    assert calls[-1] == "apt-get install -y -qq chromium fonts-wqy-microhei"

    (fonts / "wqy").mkdir()
    (fonts / "wqy" / "wqy-microhei.ttc").write_bytes(b"")
    tool(bin_, "chromium", "true")
    (tmp_path / "calls").unlink()
    result, calls = run(HEXAGLOT_FONTS=str(fonts), HEXAGLOT_CHROMIUM=str(bin_ / "chromium"))
    assert (result.returncode, result.stderr, calls) == (0, "", [])


def test_make_test_runs_it_before_the_suite_and_ci_runs_make_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest: ", 1)[1].split("\n\n", 1)[0]
    assert recipe.index(".ci/system-packages") < recipe.index("pytest")
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("make test")
