"""`python -m ketacli`: the same as the `ketacli` command."""

from ketacli.cli import main

main()
