"""Map elements whose rendered output is never parsed again as a template.

branca's ``MacroElement.render`` renders an element's ``header``/``html``/``script`` macros and
wraps each result in ``Element(result)``, whose constructor compiles that result as a new Jinja
template. Anything the macros put in, such as an article title inside a layer's JSON, would then
be template source: ``{% raw %}`` in a title raised ``TemplateSyntaxError`` for the whole page.

:class:`DataElement` renders the same macros but hands each result on as a template *variable*
(``{{ this.code }}``), so the figure prints it verbatim. Untrusted values reach the macros only as
variables too (JSON from :func:`dashboard.htmlsafe.script_json`), never as template text.
"""

from __future__ import annotations

from branca.element import Element, Figure, MacroElement
from jinja2 import Template


class Verbatim(Element):
    """Already rendered code, printed as is (a variable of a fixed template, never parsed)."""

    _template = Template("{{ this.code }}")

    def __init__(self, code: str):
        super().__init__()
        self._name = "Verbatim"
        self.code = code


class DataElement(MacroElement):
    """A ``MacroElement`` whose macro output is added to the figure without being re-parsed."""

    def render(self, **kwargs) -> None:  # type: ignore[override]  # as MacroElement.render
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("render this element inside a Figure (add it to a map first)")
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                target = getattr(figure, part)
                target.add_child(Verbatim(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)
