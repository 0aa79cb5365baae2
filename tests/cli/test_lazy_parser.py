"""`satchel COMMAND …` builds the parser with only that command's module (satchel/cli/main.py,
issue 14): the table of which module registers which command must be true, and the arguments, help and
errors of every command must read exactly as with the whole parser."""

from __future__ import annotations

import importlib

import pytest

from satchel.cli import main as cli_main
from satchel.cli.parser import Parser

ALL_COMMANDS = [name for names in cli_main.COMMAND_MODULES.values() for name in names]


def _registered_by(module: str) -> list[str]:
    parser = Parser(prog="satchel")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    importlib.import_module(f"satchel.cli.{module}").register(sub)
    return list(sub.choices)


@pytest.mark.parametrize("module", sorted(cli_main.COMMAND_MODULES))
def test_the_table_names_exactly_the_commands_each_module_registers(module):
    assert _registered_by(module) == list(cli_main.COMMAND_MODULES[module])


def test_the_whole_parser_has_every_command_of_the_table_in_order():
    parser = cli_main.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert list(sub.choices) == ALL_COMMANDS


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_a_command_parsed_alone_has_the_same_help_and_usage_as_in_the_whole_parser(command):
    whole, alone = cli_main.build_parser(), cli_main.build_parser(only=command)
    assert alone.format_usage() == whole.format_usage()  # what a top-level error prints
    help_of = {}
    for name, parser in (("whole", whole), ("alone", alone)):
        sub = next(a for a in parser._actions if a.dest == "command")
        help_of[name] = sub.choices[command].format_help()
    assert help_of["alone"] == help_of["whole"]


@pytest.mark.parametrize(("argv", "word"), [
    (["verify", "x.json", "--offline"], "verify"),
    (["--home", "/tmp/h", "--lang", "fr", "verify", "x"], "verify"),
    (["--home=/tmp/h", "list"], "list"),
    (["verify"], "verify"),
    ([], None),                           # the default command (the app)
    (["app"], None),                      # a command added from above the CLI
    (["--version"], None),
    (["-h"], None),
    (["--ho", "/tmp/h", "list"], None),   # an abbreviation: argparse decides
    (["verfy", "x"], None),               # a typo: the whole parser names the choices
    (["--home"], None),
])
def test_the_command_word_is_read_only_when_it_is_plain(argv, word):
    assert cli_main.command_word(argv) == word


def test_a_mistyped_command_is_refused_with_every_choice_named(capsys):
    with pytest.raises(SystemExit) as stop:
        cli_main.main(["verfy", "x.json"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'verfy'" in err and "'verify'" in err and "'init'" in err


def test_a_bad_global_option_before_a_command_is_refused_as_before(capsys):
    with pytest.raises(SystemExit) as stop:
        cli_main.main(["--lang", "de", "verify", "x.json"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: satchel [-h] [--version] [--home HOME] [--lang {en,fr}] COMMAND ...")
    assert "argument --lang: invalid choice: 'de'" in err
