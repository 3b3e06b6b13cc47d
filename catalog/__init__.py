"""catalog: book reviews in, library-grade bibliographic records out."""

__version__ = "0.1.0"
