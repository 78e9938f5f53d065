from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from gongkai import urls


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/", "index.html"),
        ("/zfxxgk/", "zfxxgk/index.html"),
        ("/zfxxgk/fdzdgknr/fgwj/2023-x/", "zfxxgk/fdzdgknr/fgwj/2023-x/index.html"),
        ("/404.html", "404.html"),
        ("/sitemap.xml", "sitemap.xml"),
    ],
)
def test_out_path(url: str, path: str) -> None:
    assert urls.out_path(url) == PurePosixPath(path)


def test_the_four_parts_have_their_standard_addresses() -> None:
    assert (urls.GUIDE, urls.RULES, urls.PROACTIVE, urls.REPORTS) == (
        "/zfxxgk/zn/",
        "/zfxxgk/zd/",
        "/zfxxgk/fdzdgknr/",
        "/zfxxgk/ndbg/",
    )


@pytest.mark.parametrize(
    ("origin", "target", "expected"),
    [
        ("/", "/zfxxgk/", "zfxxgk/"),
        ("/zfxxgk/", "/", "../"),
        ("/zfxxgk/zn/", "/static/css/site.css", "../../static/css/site.css"),
        ("/404.html", "/zfxxgk/", "zfxxgk/"),
        ("/zfxxgk/zd/", "/zfxxgk/zd/", "../../zfxxgk/zd/"),
    ],
)
def test_relative_links(origin: str, target: str, expected: str) -> None:
    assert urls.relative(origin, target) == expected


def test_document_and_pagination_urls() -> None:
    assert urls.document("20-1", "a") == "/zfxxgk/fdzdgknr/fgwj/a/"
    assert urls.paginated("/zfxxgk/fdzdgknr/fgwj/", 1) == "/zfxxgk/fdzdgknr/fgwj/"
    assert urls.paginated("/zfxxgk/fdzdgknr/fgwj/", 3) == "/zfxxgk/fdzdgknr/fgwj/page/3/"
