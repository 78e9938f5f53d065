"""documents.json / documents.csv, Atom feeds (RFC 4287) and the HTML 网站地图."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.documents.opendata import COLUMNS

from .conftest import SAMPLE

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$")


def test_documents_json_and_csv_hold_every_published_document() -> None:
    output, _ = build_site(SAMPLE)
    linked, _ = check_site(SAMPLE)
    published = linked.of(DOCUMENTS).published
    data = json.loads(output.get(urls.DOCUMENTS_JSON) or b"{}")
    assert data["count"] == len(published) == len(data["documents"])
    assert data["build_date"] == "2026-11-23" and data["fields"]["register_no"] == "统一登记号"
    by_url = {d["url"]: d for d in data["documents"]}
    repealed = by_url["https://www.example.gov.cn/zfxxgk/fdzdgknr/sxjxx/2024-lsjz/"]
    assert repealed["validity"] == "已废止" and repealed["expired"] is None, "no 废止日期 made up"
    assert repealed["validity_since"] == "2025-03-01" and repealed["validity_since_label"] == "决定文件的施行日期"
    assert repealed["ended_by"] == "https://www.example.gov.cn/zfxxgk/fdzdgknr/fgwj/2025-qljg/"
    undated = next(d for d in data["documents"] if d["title"] == "示例县突发事件应急预案管理规定")
    assert undated["published"] is None
    assert set(data["documents"][0]) == {key for key, _ in COLUMNS}
    rows = list(csv.reader(io.StringIO((output.get(urls.DOCUMENTS_CSV) or b"").decode("utf-8-sig"))))
    assert rows[0] == [label for _, label in COLUMNS] and len(rows) == len(published) + 1
    assert all(len(r) == len(COLUMNS) for r in rows)


def test_feeds_are_valid_atom_with_honest_dates() -> None:
    output, _ = build_site(SAMPLE)
    feeds = [f for f in output.files if f.url.endswith("feed.xml")]
    assert {urls.SITE_FEED, urls.feed(urls.RULES), urls.feed(urls.category("20-1"))} <= {f.url for f in feeds}
    for item in feeds:
        root = ET.fromstring(item.data)
        assert root.tag == f"{ATOM}feed"
        for required in ("id", "title", "updated", "author"):
            assert root.find(f"{ATOM}{required}") is not None, (item.url, required)
        assert root.find(f"{ATOM}author/{ATOM}name") is not None
        self_link = [x for x in root.findall(f"{ATOM}link") if x.get("rel") == "self"]
        assert self_link and self_link[0].get("href", "").endswith(item.url)
        entries = root.findall(f"{ATOM}entry")
        assert entries, item.url
        ids = [e.findtext(f"{ATOM}id") for e in entries]
        assert len(ids) == len(set(ids))
        for e in entries:
            for required in ("id", "title", "updated", "summary"):
                assert (e.findtext(f"{ATOM}{required}") or "").strip(), (item.url, required)
            updated = e.findtext(f"{ATOM}updated") or ""
            day = e.findtext(f"{DC}date") or ""
            assert RFC3339.match(updated) and updated == f"{day}T00:00:00+08:00"
        newest = max(e.findtext(f"{ATOM}updated") or "" for e in entries)
        assert root.findtext(f"{ATOM}updated") == newest
    site = (output.get(urls.SITE_FEED) or b"").decode()
    assert "示例县突发事件应急预案管理规定" not in site, "no 发布日期, no feed entry"
    home = (output.get(urls.HOME) or b"").decode()
    assert '<link rel="alternate" type="application/atom+xml" href="feed.xml"' in home


def test_the_footer_links_the_html_site_map_and_sitemap_xml_stays() -> None:
    output, _ = build_site(SAMPLE)
    page = (output.get(urls.GUIDE) or b"").decode()
    assert '<a href="../../wzdt/">网站地图</a>' in page
    site_map = (output.get(urls.SITE_MAP_PAGE) or b"").decode()
    for url in (
        urls.PROACTIVE,
        urls.NORMATIVE,
        urls.BROWSE_TOPIC,
        urls.report(2023),
        urls.DOCUMENTS_JSON,
        urls.APPLICATION_FORM,
    ):
        assert f'href="..{url}"' in site_map, url
    assert output.get(urls.SITEMAP) is not None
