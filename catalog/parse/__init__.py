"""The parse package; called, it is the public API's catalog.parse() (catalog/api.py says why)."""
from catalog.api import callable_package

callable_package(__name__, "parse")
