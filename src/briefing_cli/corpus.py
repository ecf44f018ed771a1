"""Read a corpus file safely and validate it, reporting every problem with file and line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_cli.errors import CorpusError, Problem
from briefing_cli.model import NOT_STATED, Corpus, Entry, Evidence, Source, Topic

if TYPE_CHECKING:
    from yaml.nodes import MappingNode, Node

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {
    "tag:yaml.org,2002:bool": "a true/false value",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "an empty value",
    "tag:yaml.org,2002:timestamp": "a date",
}
_SAFE_TAGS = {_STR, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", *_PLAIN_TAGS}


def read_text(path: Path) -> str:
    """The corpus file as text, or a CorpusError saying why it cannot be read."""
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError([Problem(name, None, "corpus file not found")]) from None
    except IsADirectoryError:
        raise CorpusError([Problem(name, None, "is a directory, not a corpus file")]) from None
    except PermissionError:
        raise CorpusError([Problem(name, None, "permission denied reading the corpus")]) from None
    except OSError as error:
        raise CorpusError([Problem(name, None, f"cannot read: {error.strerror}")]) from None
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    """Decode corpus bytes as UTF-8, refusing empty and binary files with a located message."""
    if not data.strip():
        raise CorpusError([Problem(name, None, "corpus file is empty")])
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise CorpusError([Problem(name, line, "binary data (NUL byte): not a YAML corpus")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"not UTF-8 text (byte 0x{data[error.start]:02x})"
        raise CorpusError([Problem(name, line, message)]) from None


def load(path: Path) -> Corpus:
    """Read and validate a corpus file; raise CorpusError listing every problem."""
    return parse(read_text(path), str(path))


def parse(text: str, name: str) -> Corpus:
    """Validate corpus text (YAML) and build the typed corpus."""
    root = _compose(text, name)
    return _Validator(name).corpus(root)


def _compose(text: str, name: str) -> Node:
    """Parse YAML to a node tree only: no tag ever builds an object."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader_class)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = f"invalid YAML: {error.problem or error.context}"
        if mark is None:
            raise CorpusError([Problem(name, None, message)]) from None
        raise CorpusError([Problem(name, mark.line + 1, message, mark.column + 1)]) from None
    except yaml.YAMLError as error:
        raise CorpusError([Problem(name, None, f"invalid YAML: {error}")]) from None
    except RecursionError:
        raise CorpusError([Problem(name, None, "invalid YAML: nested too deeply")]) from None
    if root is None:
        raise CorpusError([Problem(name, None, "corpus file holds no YAML document")])
    return root


class _Validator:
    """Walks the node tree once, collecting problems instead of stopping at the first."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.declared: dict[str, set[str]] = {"source": set(), "topic": set(), "entry": set()}

    def report(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.name, node.start_mark.line + 1, message))

    def failed(self) -> CorpusError:
        unique = list(dict.fromkeys(self.problems))
        unique.sort(key=lambda p: p.line or 0)
        return CorpusError(unique)

    # -- node shapes ---------------------------------------------------------------------
    def screen(self, root: Node) -> None:
        """Refuse tags that build objects and aliases (which could expand without bound)."""
        seen: set[int] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                self.report(node, "YAML aliases (*name) are not supported in a corpus")
                raise self.failed()
            seen.add(id(node))
            if node.tag not in _SAFE_TAGS:
                self.report(node, f"YAML tag {node.tag!r} is not allowed in a corpus")
            if isinstance(node.value, list):
                for item in node.value:
                    stack.extend(item if isinstance(item, tuple) else (item,))
        if self.problems:
            raise self.failed()

    def mapping(self, node: Node, where: str) -> dict[str, Node] | None:
        from yaml.nodes import MappingNode

        if not isinstance(node, MappingNode):
            self.report(node, f"{where}: expected a mapping of fields")
            return None
        fields: dict[str, Node] = {}
        ids = [v.value for k, v in node.value if k.value == "id" and isinstance(v.value, str)]
        if ids and where in ("source", "topic", "entry"):
            where = f"{where} {ids[0]!r}"
        for key, value in node.value:
            if key.tag != _STR:
                self.report(key, f"{where}: field names must be text, not {key.value!r}")
                continue
            if key.value in fields:
                self.report(key, f"{where}: duplicate field {key.value!r}")
                continue
            fields[key.value] = value
        return fields

    def sequence(self, node: Node, where: str) -> list[Node] | None:
        from yaml.nodes import SequenceNode

        if not isinstance(node, SequenceNode):
            self.report(node, f"{where}: expected a list")
            return None
        return list(node.value)

    def text(self, node: Node, where: str) -> str | None:
        from yaml.nodes import ScalarNode

        if not isinstance(node, ScalarNode):
            self.report(node, f"{where}: expected text, found a list or mapping")
            return None
        if node.tag != _STR:
            kind = _PLAIN_TAGS.get(node.tag, "a non-text value")
            self.report(
                node, f"{where}: expected text, YAML reads {node.value!r} as {kind}; quote it"
            )
            return None
        if not node.value.strip():
            self.report(node, f"{where}: is empty")
            return None
        return node.value.strip()

    def record(
        self, node: Node, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Node] | None:
        fields = self.mapping(node, where)
        if fields is None:
            return None
        for name in required:
            if name not in fields:
                self.report(node, f"{where}: missing field {name!r}")
        for name, value in fields.items():
            if name not in required and name not in optional:
                self.report(value, f"{where}: unknown field {name!r}")
        return fields

    def field_text(self, fields: dict[str, Node], name: str, where: str) -> str:
        node = fields.get(name)
        if node is None:
            return ""
        return self.text(node, f"{where}, field {name!r}") or ""

    def field_texts(self, fields: dict[str, Node], name: str, where: str) -> tuple[str, ...]:
        node = fields.get(name)
        if node is None:
            return ()
        items = self.sequence(node, f"{where}, field {name!r}") or []
        texts = (self.text(item, f"{where}, field {name!r}") for item in items)
        return tuple(t for t in texts if t)

    def identifier(self, fields: dict[str, Node], where: str, kind: str) -> str:
        value = self.field_text(fields, "id", where)
        if value and not _ID.match(value):
            self.report(fields["id"], f"{where}: id {value!r} may use only letters, digits, . _ -")
        self.declared[kind].add(value)
        return value

    # -- the corpus ----------------------------------------------------------------------
    def corpus(self, root: Node) -> Corpus:
        self.screen(root)
        top = self.record(root, "corpus", ("sources", "topics", "entries"), ("version", "synonyms"))
        if top is None:
            raise self.failed()
        if "version" in top:
            version = top["version"]
            if getattr(version, "value", None) != "1":
                self.report(version, "corpus: unsupported 'version' (this tool reads version 1)")
        sources = self.unique("source", [self.source(n) for n in self.items(top, "sources")])
        topics = self.unique("topic", [self.topic(n) for n in self.items(top, "topics")])
        entries = self.unique("entry", [self.entry(n) for n in self.items(top, "entries")])
        synonyms = tuple(self.synonyms(top["synonyms"])) if "synonyms" in top else ()
        self.check_references(entries)
        if self.problems:
            raise self.failed()
        return Corpus(
            path=self.name,
            sources=tuple(s for s, _ in sources),
            topics=tuple(t for t, _ in topics),
            entries=tuple(e for e, _ in entries),
            synonyms=synonyms,
        )

    def items(self, top: dict[str, Node], name: str) -> list[Node]:
        if name not in top:
            return []
        items = self.sequence(top[name], f"corpus, {name!r}") or []
        if not items:
            self.report(top[name], f"corpus: {name!r} is empty")
        return items

    def unique(self, kind: str, records: list[tuple[object, Node] | None]) -> list:
        seen: set[str] = set()
        kept = []
        for record in records:
            if record is None:
                continue
            item, node = record
            item_id = item.id  # type: ignore[attr-defined]
            if item_id in seen:
                self.report(node, f"{kind} {item_id!r}: duplicate id")
                continue
            seen.add(item_id)
            kept.append(record)
        return kept

    def source(self, node: Node) -> tuple[Source, Node] | None:
        names = ("id", "title", "author", "publisher", "date", "date_basis", "url", "licence")
        fields = self.record(node, "source", names, ("date_note",))
        if fields is None:
            return None
        where = f"source {self.peek_id(fields)!r}"
        values = {name: self.field_text(fields, name, where) for name in names[1:]}
        values["id"] = self.identifier(fields, where, "source")
        values["date_note"] = self.field_text(fields, "date_note", where)
        if values["date"] and not _DATE.match(values["date"]):
            self.report(fields["date"], f"{where}: date must be YYYY-MM-DD or a range START/END")
        if values["date_basis"] and values["date_basis"] not in ("stated", "inferred"):
            self.report(fields["date_basis"], f"{where}: date_basis must be 'stated' or 'inferred'")
        url = values["url"]
        if url and url != NOT_STATED and not url.startswith(("http://", "https://")):
            self.report(
                fields["url"], f"{where}: url must start with http(s):// or be 'not stated'"
            )
        if not all(values[name] for name in names):
            return None
        return Source(**values), node

    def topic(self, node: Node) -> tuple[Topic, Node] | None:
        fields = self.record(node, "topic", ("id", "title"))
        if fields is None:
            return None
        where = f"topic {self.peek_id(fields)!r}"
        topic_id, title = (
            self.identifier(fields, where, "topic"),
            self.field_text(fields, "title", where),
        )
        return (Topic(topic_id, title), node) if topic_id and title else None

    def entry(self, node: Node) -> tuple[Entry, Node] | None:
        required = ("id", "topic", "question", "answer", "evidence")
        fields = self.record(node, "entry", required, ("aliases", "related"))
        if fields is None:
            return None
        where = f"entry {self.peek_id(fields)!r}"
        entry_id = self.identifier(fields, where, "entry")
        topic = self.field_text(fields, "topic", where)
        question = self.field_text(fields, "question", where)
        answer = self.field_text(fields, "answer", where)
        aliases = self.field_texts(fields, "aliases", where)
        related = self.field_texts(fields, "related", where)
        evidence = tuple(self.evidence(fields.get("evidence"), where))
        if not (entry_id and topic and question and answer and evidence):
            return None
        return Entry(entry_id, topic, question, aliases, answer, evidence, related), node

    def evidence(self, node: Node | None, where: str) -> list[Evidence]:
        if node is None:
            return []
        items = self.sequence(node, f"{where}, field 'evidence'")
        if items is not None and not items:
            self.report(node, f"{where}, field 'evidence': needs at least one quote")
        found = []
        for item in items or []:
            fields = self.record(item, f"{where}, evidence", ("source", "section", "quote"))
            if fields is None:
                continue
            values = [
                self.field_text(fields, n, f"{where}, evidence")
                for n in ("source", "section", "quote")
            ]
            if all(values):
                found.append(Evidence(*values))
        return found

    def synonyms(self, node: Node) -> list[tuple[str, ...]]:
        groups = []
        for group in self.sequence(node, "corpus, 'synonyms'") or []:
            words = [self.text(w, "synonyms") for w in self.sequence(group, "synonyms") or []]
            if len([w for w in words if w]) < 2:
                self.report(group, "synonyms: each group needs at least two words")
                continue
            groups.append(tuple(w for w in words if w))
        return groups

    def check_references(self, entries: list) -> None:
        source_ids, topic_ids = self.declared["source"], self.declared["topic"]
        entry_ids = self.declared["entry"]
        for entry, node in entries:
            where = f"entry {entry.id!r}"
            fields = self.mapping_fields(node)
            if entry.topic not in topic_ids:
                message = f"{where}, field 'topic': unknown topic {entry.topic!r}"
                self.report(fields["topic"], message)
            for item in fields["evidence"].value:
                source = self.mapping_fields(item).get("source")
                if source is not None and source.value not in source_ids:
                    message = f"{where}, field 'evidence': unknown source {source.value!r}"
                    self.report(source, message)
            for item in getattr(fields.get("related"), "value", []):
                other = item.value
                if other not in entry_ids or other == entry.id:
                    kind = "itself" if other == entry.id else f"unknown entry {other!r}"
                    self.report(item, f"{where}, field 'related': refers to {kind}")

    @staticmethod
    def mapping_fields(node: MappingNode) -> dict[str, Node]:
        return {key.value: value for key, value in node.value}

    @staticmethod
    def peek_id(fields: dict[str, Node]) -> str:
        node = fields.get("id")
        value = getattr(node, "value", None)
        return value if isinstance(value, str) else "?"
