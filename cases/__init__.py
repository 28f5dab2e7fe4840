"""The case bundles shipped with the application, as w4r_desktop.cases (one folder per campaign year)."""
