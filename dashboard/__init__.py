"""Syria news map: Syrian places and dates in Indonesian-language news, on a map."""

__version__ = "0.1.0"
