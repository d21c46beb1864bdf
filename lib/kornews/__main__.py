"""``python -m kornews`` and the ``kornews`` command: :func:`kornews.cli.main`, with a Ctrl-C
in the seconds the libraries take to load (pandas, Kiwi) ending it as any Ctrl-C does: exit
status 130, no traceback (``import kornews`` itself loads nothing heavy)."""


def run() -> int:
    try:
        from .cli import main
    except KeyboardInterrupt:
        return 130
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
