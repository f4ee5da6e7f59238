"""sdkforge: hand-curated OpenAPI specs in, Python client packages, models and docs out."""

__version__ = "0.1.0"
__all__ = ["__version__"]
