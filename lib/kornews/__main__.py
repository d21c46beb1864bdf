try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries load: exit as any Ctrl-C, no traceback
    raise SystemExit(130) from None

raise SystemExit(main())
