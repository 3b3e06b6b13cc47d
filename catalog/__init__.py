"""catalog: book reviews in, library-grade bibliographic records out.

    import catalog
    record = catalog.parse("PUBLICATION NOTES: ...")
    print(catalog.render([record], "mods"))

parse, render, read and validate (catalog/api.py) are loaded on first use: `import
catalog` stays cheap for a command-line run that needs none of them.
"""

__version__ = "0.1.0"
__all__ = ["parse", "render", "read", "validate"]


def __getattr__(name: str) -> object:   # PEP 562: the API is imported when first asked for
    import importlib
    if name in ("parse", "validate"):   # packages too, made callable (catalog.api.callable_package)
        return importlib.import_module(f"catalog.{name}")
    if name in __all__:
        return getattr(importlib.import_module("catalog.api"), name)
    raise AttributeError(f"module 'catalog' has no attribute {name!r}")
