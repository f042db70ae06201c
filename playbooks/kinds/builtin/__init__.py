"""Built-in node kinds, one module per kind/subtype; the registry lists this package."""
