"""The headless subcommands of `w4r-desktop`, one module per command group."""
