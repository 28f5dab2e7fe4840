"""W4R Desktop's tests, by layer: core/, printing/, gui/; shared test data in plain modules (bundles.py, ...)."""
