"""The README stays true: two quick-start commands, every command documented, CI runs the tests."""

from __future__ import annotations

import re

import typer
from typer.testing import CliRunner

from conftest import ROOT
from filmfacts.cli import app


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = readme().split("## Quick start", 1)[1].split("##", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the quick start has a sh code block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_has_exactly_two_commands() -> None:
    assert quick_start_commands() == ["make demo", "make test"]


def test_makefile_targets_exist_and_ci_runs_the_test_command() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "$(BIN)/filmfacts demo" in makefile
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_every_command_has_help_and_is_in_the_readme() -> None:
    runner = CliRunner()
    names = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    assert {"build", "show", "conflicts", "people", "export", "demo", "sources"} <= set(names)
    text = readme()
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert len(result.output.strip().splitlines()) > 2
        assert f"filmfacts {name}" in text, f"README does not mention `filmfacts {name}`"


def test_every_option_of_build_and_before_the_command_is_in_the_readme() -> None:
    command = typer.main.get_command(app)
    options = {opt for param in [*command.params, *command.commands["build"].params]  # type: ignore[attr-defined]
               for opt in param.opts if opt.startswith("--") and opt != "--help"}
    assert {"--max-line", "--max-depth", "--max-document-mb", "--max-claims", "--wait", "--debug"} <= options
    text = readme()
    assert [opt for opt in sorted(options) if f"`{opt}" not in text] == []
