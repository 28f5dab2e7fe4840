"""The application's logic and data, free of Qt so it runs headless and in any test."""
