//! Python's text formatting of numbers and strings: `repr`, `%`-formatting and `format()` specs.
