"""One error tree for graphbuild.

Every failure a user can expect is a :class:`GraphbuildError`; the CLI turns
it into one line on stderr and the exit code in ``exit_code``::

    GraphbuildError (exit 9)         any other expected failure
    ├── InputError (exit 2)          bad article file or line, bad gold file, bad parameter
    │   ├── ArticleError             one article could not be read (others go on)
    │   └── QueryParameterError      a query parameter out of range or of the wrong kind
    ├── LexiconError (exit 3)        a lexicon/pattern data file is malformed
    ├── Neo4jError (exit 4)          anything from the Neo4j boundary
    │   ├── Neo4jUnavailable         server down / unreachable
    │   ├── Neo4jAuthError           wrong user or password
    │   ├── Neo4jDatabaseError       unknown database
    │   └── CypherError              syntax error in a cypher/ file, bad query
    ├── QueryNotFound (exit 2)       no such named query
    ├── ServerError (exit 5)         the local Neo4j server could not start/stop
    ├── ServerDown (exit 6)          `neo4j status`: the local server is not running
    ├── PasswordMissing (exit 7)     no NEO4J_PASSWORD and no terminal to ask on
    └── EntityNotFound (exit 8)      a query named an entity the graph does not have

Exit 1 is kept for one meaning only: the run finished but some inputs were
skipped (the CLI decides it; no exception carries it). Ctrl-C is exit 130.

Dependency exceptions are translated at the boundary (``raise X(...) from exc``)
and messages never contain a password.
"""

from __future__ import annotations

import re

# scheme://userinfo@ : the userinfo of a URI (which may hold a password)
_URI_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^/?#\s]*)@")


def redact_uri(text: str) -> str:
    """``text`` with the password of every URI in it replaced by ``***``.

    ``bolt://neo4j:secret@host:7687`` becomes ``bolt://neo4j:***@host:7687``; a
    URI without a password is unchanged. Every message that shows a URI goes through
    it (:class:`GraphbuildError` applies it to its message)."""

    def hide(m: re.Match[str]) -> str:
        user, sep, _ = m.group(2).partition(":")
        return f"{m.group(1)}{user}{':***' if sep else ''}@"

    return _URI_USERINFO.sub(hide, text)


class GraphbuildError(Exception):
    """Root of every expected graphbuild failure."""

    exit_code = 9

    def __init__(self, message: str) -> None:
        message = redact_uri(message)  # a password in a URI is never echoed
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(GraphbuildError):
    """Input that cannot be read or parsed."""

    exit_code = 2


class ArticleError(InputError):
    """One article (file, or line of a JSONL file) could not be read."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


class QueryParameterError(InputError):
    """A query parameter is out of range or of the wrong kind (e.g. depth 7)."""


class LexiconError(GraphbuildError):
    """A lexicon or pattern data file is malformed."""

    exit_code = 3


class Neo4jError(GraphbuildError):
    """A failure at the Neo4j boundary."""

    exit_code = 4


class Neo4jUnavailable(Neo4jError):
    """The server cannot be reached."""


class Neo4jAuthError(Neo4jError):
    """Authentication failed."""


class Neo4jDatabaseError(Neo4jError):
    """The database does not exist or cannot be used."""


class CypherError(Neo4jError):
    """A Cypher statement or query file failed."""


class QueryNotFound(GraphbuildError):
    """No named query with that name in cypher/queries/."""

    exit_code = 2


class ServerError(GraphbuildError):
    """The local Neo4j server could not be started, stopped or inspected."""

    exit_code = 5


class ServerDown(GraphbuildError):
    """The local Neo4j server is not running (``graphbuild neo4j status``)."""

    exit_code = 6


class PasswordMissing(GraphbuildError):
    """No ``NEO4J_PASSWORD`` in the environment and no terminal to prompt on."""

    exit_code = 7


class EntityNotFound(GraphbuildError):
    """A query named an entity (id, name or alias) that the graph does not hold.

    ``query``, ``param`` and ``value`` say which query, which parameter and what it was given
    (None when raised without them)."""

    exit_code = 8

    def __init__(
        self,
        message: str,
        *,
        query: str | None = None,
        param: str | None = None,
        value: object = None,
    ) -> None:
        super().__init__(message)
        self.query = query
        self.param = param
        self.value = value
