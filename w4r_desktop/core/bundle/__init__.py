"""Case bundles: the model of one campaign's cases, reading them strictly, and the bundles a data folder holds."""
