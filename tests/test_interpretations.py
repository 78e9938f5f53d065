"""政策解读: text, 图解 with a full text alternative, video link; links both ways; 三同步 warnings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.errors import BuildFailed

from .test_lifecycle import doc, docs

Project = Callable[[dict[str, str]], Path]
# A 1×1 PNG, enough for the page to reference a real file.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def jd(title: str, published: str, policy: str, *extra: str) -> str:
    return doc(title, published, f"interprets: {policy}", *extra, doc_type="政策解读")


def warnings_of(root: Path) -> list[str]:
    _, problems = check_site(root)
    return [f"{e.path}:{e.line}: {e.field}: {e.zh}" for e in problems.warnings]


def test_every_form_renders_and_links_both_ways(make_project: Project) -> None:
    root = make_project(
        docs(
            {
                "p": doc("甲办法", "2024-03-01"),
                "p-wz": jd("甲办法解读", "2024-03-01", "p"),
                "p-tj": jd(
                    "一图读懂甲办法",
                    "2024-03-02",
                    "p",
                    "form: 图解",
                    "image:\n  file: files/p-tj.png\n  alt: 一图读懂甲办法",
                ),
                "p-sp": jd("甲办法视频解读", "2024-03-04", "p", "form: 视频", "video_url: https://video.example.org/p"),
            }
        )
    )
    (root / "content" / "files" / "p-tj.png").write_bytes(PNG)
    assert not [w for w in warnings_of(root) if "/p" in w]
    output, _ = build_site(root)
    policy = (output.get(urls.document("20-1", "p")) or b"").decode()
    listed = policy[policy.index('id="jd"') :]
    for title, label in (("甲办法解读", "文字解读"), ("一图读懂甲办法", "图解"), ("甲办法视频解读", "视频解读")):
        assert title in listed
        assert f"<span>{label}</span>" in listed
    graphic = (output.get(urls.document("20-1", "p-tj")) or b"").decode()
    assert '<img src="../../../../files/p-tj.png" alt="一图读懂甲办法" aria-describedby="doc-body">' in graphic
    assert "图解文字版" in graphic and 'id="doc-body"' in graphic and "正文。" in graphic
    assert "本文解读的文件：<a" in graphic and "甲办法</a>" in graphic
    video = (output.get(urls.document("20-1", "p-sp")) or b"").decode()
    assert '<a href="https://video.example.org/p" rel="external">观看视频解读（外部网站）</a>' in video
    assert "视频文字说明" in video
    assert "files/p-tj.png" in output.assets


def test_missing_and_late_interpretations_warn(make_project: Project) -> None:
    root = make_project(
        docs(
            {
                "alone": doc("乙办法", "2024-03-01"),
                "late": doc("丙办法", "2024-03-01"),
                "late-jd": jd("丙办法解读", "2024-03-09", "late"),
                "undated": doc("丁办法", "2024-03-01").replace("published: 2024-03-01\n", ""),
                "undated-jd": jd("丁办法解读", "2024-03-20", "undated"),
                "gone": doc("戊办法", "2020-03-01", "validity: 已废止", "expired: 2021-01-01"),
            }
        )
    )
    found = warnings_of(root)
    assert any(w.startswith("content/documents/alone.yaml:") and "没有政策解读" in w for w in found), found
    # Lateness is counted in working days (2024-03-04…08) and reported on the 解读 itself.
    assert any(
        w.startswith("content/documents/late-jd.yaml:")
        and "published: 政策解读发布于 2024-03-09，所解读的文件 late 发布于 2024-03-01，相隔 5 个工作日" in w
        for w in found
    ), found
    assert not any(w.startswith("content/documents/late.yaml:") for w in found), "the policy has its 解读"
    assert not any("undated.yaml" in w or "gone.yaml" in w for w in found), "no date guessed, none for ended"
    with pytest.raises(BuildFailed):
        check_site(root, strict=True)


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (("form: 图解",), "image: 图解须提供图片 image"),
        (("form: 视频",), "video_url: 视频解读须提供视频链接"),
        (("image:\n  file: files/none.png\n  alt: 图",), "image: 只有图解（form: 图解）带图片 image"),
        (
            ("form: 图解", "image:\n  file: files/none.png\n  alt: 图"),
            "image.file: 附件文件 content/files/none.png 不存在",
        ),
    ],
)
def test_incomplete_forms_are_errors(make_project: Project, extra: tuple[str, ...], fragment: str) -> None:
    root = make_project(docs({"x-jd": jd("解读", "2024-03-01", "2023-gfxwj", *extra)}))
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    messages = [f"{e.path}:{e.line}: {e.field}: {e.zh}" for e in failed.value.errors]
    assert any(m.startswith("content/documents/x-jd.yaml:") and fragment in m for m in messages), messages


def test_graphic_and_video_only_on_interpretations(make_project: Project) -> None:
    root = make_project(docs({"x": doc("甲", "2024-03-01", "video_url: https://v.example.org/", doc_type="其他公文")}))
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    assert any("图解图片和视频链接只用于政策解读" in e.zh for e in failed.value.errors)
