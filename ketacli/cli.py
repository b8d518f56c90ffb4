"""The command line: parses arguments and calls the core."""

import typer

from ketacli import __version__

app = typer.Typer()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ketacli {__version__}")
        raise typer.Exit()


@app.callback()
def root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True)) -> None:
    """Answers questions about ketamine and esketamine for depression."""


def main() -> None:
    app()
