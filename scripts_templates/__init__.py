"""Content for people: run-of-show, call scripts and message templates (imports nothing of ours).

Templates live under `templates/<kind>/<name>.j2` (kinds: call, sms, zalo, email) and are rendered
by a sandboxed Jinja2 environment that is strict about missing variables: a template that needs
`organisation.hotline` fails with an error naming `organisation.hotline` and the template, never
with a blank in a message sent to a person. A segment variant `<name>.<field>-<value>.j2` (for
example `sms/followup.age_group-60_plus.j2`) is chosen over the plain template when the person's
segment has that value; fields are tried in `SEGMENT_FIELDS` order.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

TEMPLATES = Path(__file__).with_name("templates")
FACTS = Path(__file__).with_name("facts.toml")
KINDS = ("call", "sms", "zalo", "email")
# Most telling first: an occupation changes the argument more than an age group does.
SEGMENT_FIELDS = ("occupation", "age_group")
# Age groups spoken to as "cô/chú" rather than "anh/chị" by a (usually younger) agent.
ELDER_AGE_GROUPS = frozenset({"55_59", "60_plus"})

_NAME = re.compile(r"^(?P<kind>[a-z]+)/(?P<base>[a-z][a-z0-9_]*)(?:\.[a-z_]+-[a-z0-9_]+)?$")
_SEGMENT_VALUE = re.compile(r"^[a-z0-9_]+$")


class TemplateError(ValueError):
    """A template cannot be rendered; the message names the template (and the variable)."""


class UnknownTemplate(TemplateError):
    pass


class MissingVariable(TemplateError):
    def __init__(self, template: str, variable: str):
        super().__init__(f"template {template!r} needs the variable {variable!r}, which was not given")
        self.template = template
        self.variable = variable


class _Scope(dict):
    """A context mapping that knows its own path, so a missing key is reported as `a.b.c`."""

    __slots__ = ("_path",)

    def __init__(self, items, path: str):
        super().__init__(items)
        self._path = path


class _Missing(Exception):
    def __init__(self, variable: str):
        self.variable = variable


class _StrictNamed(StrictUndefined):
    __slots__ = ()

    def _fail_with_undefined_error(self, *args, **kwargs):
        if self._undefined_hint:  # e.g. the sandbox refusing an unsafe attribute: keep its error
            return super()._fail_with_undefined_error(*args, **kwargs)
        owner = self._undefined_obj
        name = self._undefined_name or "?"
        raise _Missing(f"{owner._path}.{name}" if isinstance(owner, _Scope) else name)

    def __getattr__(self, name: str):
        if name[:2] == "__":
            raise AttributeError(name)
        self._fail_with_undefined_error()

    # StrictUndefined binds these to its own failure; rebind them to the one that names the path.
    __str__ = __iter__ = __len__ = __bool__ = __eq__ = __ne__ = __hash__ = _fail_with_undefined_error
    __getitem__ = __add__ = __radd__ = __mul__ = __rmul__ = __lt__ = __le__ = _fail_with_undefined_error
    __gt__ = __ge__ = __contains__ = __int__ = __float__ = __call__ = _fail_with_undefined_error


def _scoped(value, path: str):
    if isinstance(value, Mapping):
        return _Scope({k: _scoped(v, f"{path}.{k}") for k, v in value.items()}, path)
    if isinstance(value, list | tuple):
        return [_scoped(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def vnd(amount: float) -> str:
    """Money as Vietnamese write it: 1263600 -> '1.263.600 đồng'."""
    return f"{round(amount):,}".replace(",", ".") + " đồng"


def honorific(person: Mapping) -> str:
    """How an agent addresses the person: 'cô/chú' for people near or past retirement age."""
    segment = person.get("segment") or {}
    return "cô/chú" if segment.get("age_group") in ELDER_AGE_GROUPS else "anh/chị"


def address(person: Mapping) -> str:
    """'anh/chị Lan' for Nguyễn Thị Lan (Vietnamese address people by the given name, the last word)."""
    words = str(person.get("name") or "").split()
    return f"{honorific(person)} {words[-1]}" if words else honorific(person)


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def bhyt_household_fee(members: int) -> int:
    """A year of household health insurance for `members` people (each later member pays less)."""
    rules = facts()["bhyt_household"]
    first = rules["base_salary"] * rules["rate_percent"] / 100 * 12
    ladder = rules["ladder_percent"]
    return round(sum(first * ladder[min(i, len(ladder) - 1)] / 100 for i in range(max(members, 0))))


def bhxh_min_monthly() -> int:
    """The smallest monthly voluntary social insurance payment, before the State's support."""
    rules = facts()["bhxh_voluntary"]
    return round(rules["min_income"] * rules["rate_percent"] / 100)


@lru_cache(maxsize=1)
def facts() -> dict:
    """Figures fixed by law (rates, minimums) kept in facts.toml so a change is one edit."""
    return tomllib.loads(FACTS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The one sandboxed environment: strict about undefined names, no autoescape (plain texts)."""
    env = SandboxedEnvironment(loader=FileSystemLoader(TEMPLATES), undefined=_StrictNamed,
                               autoescape=False, trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=False)
    env.filters.update(vnd=vnd, upper_first=upper_first)
    env.globals.update(facts=_scoped(facts(), "facts"), honorific=honorific, address=address,
                       bhyt_household_fee=bhyt_household_fee, bhxh_min_monthly=bhxh_min_monthly)
    return env


def check_name(name: str) -> str:
    """`name` if it is a template name like 'sms/followup' (no paths, no extension), else an error."""
    match = _NAME.match(name or "")
    if match is None or match["kind"] not in KINDS:
        raise UnknownTemplate(f"{name!r} is not a template name like 'sms/followup' "
                              f"(kinds: {', '.join(KINDS)})")
    return name


def exists(name: str) -> bool:
    check_name(name)
    return (TEMPLATES / f"{name}.j2").is_file()


def template_names(kind: str | None = None) -> list[str]:
    """Every template (variants included), e.g. ['sms/followup', 'sms/survey.age_group-60_plus']."""
    kinds = [kind] if kind else KINDS
    return sorted(f"{k}/{p.stem}" for k in kinds for p in (TEMPLATES / k).glob("*.j2")
                  if not p.stem.startswith("_"))


def render(name: str, context: Mapping) -> str:
    """The text of template `name` filled with `context`; a missing variable is an error naming it."""
    check_name(name)
    try:
        template = environment().get_template(f"{name}.j2")
    except TemplateNotFound:
        raise UnknownTemplate(f"no template {name!r} under {TEMPLATES.name}/") from None
    scoped = {k: _scoped(v, k) for k, v in context.items()}
    try:
        text = template.render(scoped)
    except _Missing as missing:
        raise MissingVariable(name, missing.variable) from None
    except SecurityError as exc:
        raise TemplateError(f"template {name!r} did something the sandbox forbids: {exc}") from None
    return _tidy(text)


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, no blank lines at either end."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)


def choose_template(kind: str, name: str, segment: Mapping | None) -> str:
    """The most specific existing template for this segment: a variant, else the plain one."""
    base = check_name(f"{kind}/{name}")
    for field in SEGMENT_FIELDS:
        value = (segment or {}).get(field)
        if isinstance(value, str) and _SEGMENT_VALUE.match(value):
            variant = f"{base}.{field}-{value}"
            if exists(variant):
                return variant
    return base


def render_for_segment(kind: str, name: str, segment: Mapping | None, context: Mapping) -> str:
    return render(choose_template(kind, name, segment), context)


def product_labels(keys: Sequence[str]) -> list[str]:
    """Display names of product keys ('bhxh_voluntary' -> 'BHXH tự nguyện'); unknown keys are kept."""
    products = facts()["products"]
    return [products[k]["label"] if k in products else k for k in keys]


def call_script(context: Mapping) -> str:
    """The call script for one task: the product the person asked about, their segment's variant.

    Context: `person` (name, province, interests, tier; optional segment), `questions` (texts
    they asked), `agent` (name), `organisation` (name).
    """
    person = context.get("person") or {}
    interests = [k for k in person.get("interests") or [] if k in facts()["products"]]
    scripted = [k for k in interests if exists(f"call/{k}")]
    name = scripted[0] if scripted else "general"
    full = {**context, "products": product_labels(interests)}
    return render_for_segment("call", name, person.get("segment"), full)
