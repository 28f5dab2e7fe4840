"""W4R Desktop: an offline kiosk and console for Write for Rights letter-writing events."""

__version__ = "0.1.0"
