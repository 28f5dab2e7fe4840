"""Fonts, icons, style sheets and translations, shipped inside the package as w4r_desktop.resources."""
