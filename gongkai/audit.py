"""`python build.py audit`: accessibility (无障碍) and 适老化 checks of a built site.

Every selected page is opened in headless Chromium and checked in four colour/size states
(standard, 高对比度, 关怀模式, 关怀模式 + 高对比度) at 1280 px, and again at 320 px for
reflow (WCAG 1.4.10):

- axe-core with the wcag2a, wcag2aa, wcag21a, wcag21aa and best-practice tags, in every state
  (so text contrast is checked in both colour schemes);
- the measurable 适老化 rules of standards.md §4.2–4.3 in care mode: text ≥ 18 px, headings
  and main controls ≥ 30 px, line spacing ≥ 1.3, paragraph spacing ≥ 1.3 × line spacing, main
  controls ≥ 60 × 60 px; other controls ≥ 44 × 44 px in every state (links inside running text
  are exempt, as in WCAG 2.5.8);
- presence of the care-mode control, a skip link as the first focusable element, lang="zh…";
- no element wider than a 320 px viewport outside a scrolling region;
- the W3C Nu HTML checker over the same pages.
"""

from __future__ import annotations

import fnmatch
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jinja2

from .errors import UsageError
from .project import PROJECT_ROOT

AXE_JS = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")
MODES = {"标准": (), "高对比度": ("contrast",), "关怀模式": ("care",), "关怀模式+高对比度": ("care", "contrast")}
NARROW = 320
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass(frozen=True, slots=True)
class Finding:
    """One failure: which page, in which state, which rule, which element."""

    page: str
    mode: str
    rule: str
    element: str
    message: str


@dataclass(frozen=True, slots=True)
class AuditResult:
    pages: tuple[str, ...]
    modes: tuple[str, ...]
    findings: tuple[Finding, ...]
    tools: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.findings


def select_pages(site_dir: Path, patterns: Sequence[str] = (), sample: bool = False) -> list[str]:
    """Pages to audit as site paths (``zfxxgk/index.html``); ``sample`` keeps one per template."""
    pages = sorted(
        p.relative_to(site_dir).as_posix()
        for p in site_dir.rglob("*.html")
        if "pagefind" not in p.relative_to(site_dir).parts
    )
    if patterns:
        pages = [p for p in pages if any(fnmatch.fnmatch(p, pat) or fnmatch.fnmatch("/" + p, pat) for pat in patterns)]
    if sample:
        seen: dict[str, str] = {}
        for page in pages:
            text = (site_dir / page).read_text(encoding="utf-8", errors="replace")
            marker = 'name="gk-template" content="'
            template = text.split(marker, 1)[1].split('"', 1)[0] if marker in text else page
            seen.setdefault(template, page)
        pages = sorted(seen.values())
    return pages


def check_tools() -> tuple[str, str, str]:
    """Chromium, axe-core and the Nu checker, or a UsageError naming how to install them."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    missing = []
    if chromium is None:
        missing.append("Chromium（apt-get install --no-install-recommends chromium fonts-noto-cjk）")
    if not AXE_JS.is_file() or not VNU_JAR.is_file():
        missing.append("axe-core 与 Nu HTML checker（在项目目录运行 npm ci）")
    if shutil.which("java") is None:
        missing.append("Java（apt-get install --no-install-recommends default-jre-headless）")
    if missing:
        raise UsageError("无障碍检查需要：" + "；".join(missing))
    return chromium or "", str(AXE_JS), str(VNU_JAR)


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (ephemeral port) for the duration of the block."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def run_audit(site_dir: Path, pages: Sequence[str]) -> AuditResult:
    """Audit ``pages`` of the built site in ``site_dir``."""
    chromium, axe_path, vnu_path = check_tools()
    from playwright.sync_api import sync_playwright

    axe_source = Path(axe_path).read_text(encoding="utf-8")
    findings: list[Finding] = []
    with serve_folder(site_dir) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        # The site's CSP forbids injected scripts; the audit (not the site) needs axe-core.
        wide = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
        narrow = browser.new_context(bypass_csp=True, viewport={"width": NARROW, "height": 800})
        for context in (wide, narrow):
            context.add_init_script(script="try { localStorage.clear(); } catch (e) {}")
        axe_version = ""
        for page_path in pages:
            url = f"{base}/{page_path}"
            tab = wide.new_page()
            tab.goto(url, wait_until="load")
            tab.add_script_tag(content=axe_source)
            axe_version = tab.evaluate("() => axe.version")
            for mode, classes in MODES.items():
                tab.evaluate(_SET_MODE, list(classes))
                findings += _axe(tab, page_path, mode)
                findings += [Finding(page_path, mode, **f) for f in tab.evaluate(_CHECKS, list(classes))]
            tab.close()
            tab = narrow.new_page()
            tab.goto(url, wait_until="load")
            for mode in ("标准", "关怀模式"):
                tab.evaluate(_SET_MODE, list(MODES[mode]))
                findings += [Finding(page_path, f"{mode}（{NARROW}px）", **f) for f in tab.evaluate(_REFLOW, NARROW)]
            tab.close()
        browser.close()
    findings += _nu_checker(vnu_path, site_dir, pages)
    tools = {"axe-core": axe_version, "Nu HTML checker": Path(vnu_path).parent.parent.parent.name, "Chromium": chromium}
    return AuditResult(tuple(pages), tuple(MODES), tuple(findings), tools)


def _axe(tab: Any, page_path: str, mode: str) -> list[Finding]:
    violations = tab.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})).violations.map(v => ({id: v.id, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 10)}))",
        list(AXE_TAGS),
    )
    return [Finding(page_path, mode, f"axe:{v['id']}", node, v["help"]) for v in violations for node in v["nodes"]]


def _nu_checker(vnu_path: str, site_dir: Path, pages: Sequence[str]) -> list[Finding]:
    if not pages:
        return []
    result = subprocess.run(
        ["java", "-jar", vnu_path, "--errors-only", "--format", "json", *[str(site_dir / p) for p in pages]],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}').get("messages", [])
    out = []
    for message in messages:
        page = Path(message.get("url", "").removeprefix("file:")).resolve()
        try:
            rel = page.relative_to(site_dir.resolve()).as_posix()
        except ValueError:
            rel = str(page)
        where = f"第 {message.get('lastLine', '?')} 行"
        out.append(Finding(rel, "HTML", "html:nu", where, message.get("message", "")))
    return out


_SET_MODE = """(classes) => {
  const root = document.documentElement;
  root.classList.remove('care', 'contrast');
  for (const c of classes) root.classList.add(c);
}"""

# Checks that need the browser's computed layout; returns [{rule, element, message}].
_CHECKS = r"""(classes) => {
  const care = classes.includes('care');
  const out = [];
  const px = (v) => parseFloat(v) || 0;
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id; else if (el.classList.length) s += '.' + [...el.classList].join('.');
    const t = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 24);
    return t ? `${s}「${t}」` : s;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && !el.closest('[hidden]');
  };
  const add = (rule, el, message) => out.push({rule, element: typeof el === 'string' ? el : describe(el), message});
  if (!classes.length) {
    if (!/^zh/i.test(document.documentElement.lang || '')) add('lang', 'html', '<html> 缺少 lang="zh-CN"');
    const first = document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    if (!first || first.getAttribute('href') !== '#main' || !document.getElementById('main'))
      add('skip-link', first || 'body', '第一个可聚焦元素应为“跳到主要内容”链接（指向 #main）');
    const careLink = document.querySelector('a[href="#care"]');
    if (!careLink || !shown(careLink)) add('care-control', 'body', '页面顶部缺少“关怀模式”切换控件');
  }
  // Target sizes: main controls 60 × 60 in care mode, every other control 44 × 44.
  const main = '.care-link, .column-nav a, .header-search button, .header-search input, .search-row button, .part-grid a';
  for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')) {
    if (!shown(el) || el.classList.contains('skip-link')) continue;
    const cs = getComputedStyle(el);
    // WCAG 2.5.8 inline exception: a link in running text, or one whose size is set by the
    // line height of the text around it (a link inside a table cell or a definition).
    if (el.tagName === 'A' && cs.display === 'inline') {
      const block = el.parentElement;
      const running = block && [...block.childNodes].some(n => n !== el && n.nodeType === 3 && n.textContent.trim());
      if (running || el.closest('td, th, dd, caption')) continue;
    }
    const r = el.getBoundingClientRect();
    const need = care && el.matches(main) ? 60 : 44;
    if (r.width < need - 0.5 || r.height < need - 0.5)
      add(care && need === 60 ? 'care-target-size' : 'target-size', el,
          `点击区域 ${Math.round(r.width)}×${Math.round(r.height)} px，应不小于 ${need}×${need} px`);
    if (care && el.matches(main) && px(cs.fontSize) < 29.5)
      add('care-control-text', el, `关怀模式下主要控件文字 ${px(cs.fontSize)} px，应不小于 30 px`);
  }
  if (care) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    while (walker.nextNode()) {
      const node = walker.currentNode, el = node.parentElement;
      if (!node.textContent.trim() || !el || seen.has(el) || !shown(el) || el.closest('script, style, .skip-link, [aria-hidden="true"]')) continue;
      seen.add(el);
      const cs = getComputedStyle(el), size = px(cs.fontSize);
      if (size < 17.5) add('care-text-size', el, `关怀模式下文字 ${size} px，应不小于 18 px`);
      const lh = cs.lineHeight === 'normal' ? size * 1.2 : px(cs.lineHeight);
      if (lh < size * 1.3 - 0.5) add('care-line-height', el, `行间距 ${(lh / size).toFixed(2)} 倍，应不小于 1.3 倍`);
    }
    for (const h of document.querySelectorAll('h1, h2, h3')) {
      if (shown(h) && px(getComputedStyle(h).fontSize) < 29.5)
        add('care-heading-size', h, `关怀模式下标题文字 ${px(getComputedStyle(h).fontSize)} px，应不小于 30 px`);
    }
    for (const p of document.querySelectorAll('main p')) {
      const next = p.nextElementSibling;
      if (!shown(p) || !next || next.tagName !== 'P' || !shown(next)) continue;
      const cs = getComputedStyle(p), lh = cs.lineHeight === 'normal' ? px(cs.fontSize) * 1.2 : px(cs.lineHeight);
      const gap = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
      if (gap < lh * 1.3 - 0.5) add('care-paragraph-spacing', p, `段间距 ${Math.round(gap)} px，应不小于行间距的 1.3 倍（${Math.round(lh * 1.3)} px）`);
    }
  }
  return out;
}"""

# Reflow: nothing may stick out of a narrow viewport unless it sits in a scrolling region.
_REFLOW = r"""(width) => {
  const out = [];
  const scrolls = (el) => { for (let e = el.parentElement; e; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= width + 1 || scrolls(el) || el.closest('.skip-link, .mode-target')) continue;
    if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1 && !scrolls(el.parentElement)) continue;
    let s = el.tagName.toLowerCase(); if (el.id) s += '#' + el.id; else if (el.classList.length) s += '.' + [...el.classList].join('.');
    out.push({rule: 'reflow-320', element: s, message: `元素右缘在 ${Math.round(r.right)} px，超出 ${width} px 宽的屏幕（需要横向滚动）`});
    if (out.length >= 5) break;
  }
  return out;
}"""


def write_report(result: AuditResult, report_dir: Path, site_name: str) -> tuple[Path, Path]:
    """Write report.html (for people) and report.json (for machines); return both paths."""
    report_dir.mkdir(parents=True, exist_ok=True)
    json_path = report_dir / "report.json"
    payload = {
        "site": site_name,
        "ok": result.ok,
        "pages": list(result.pages),
        "modes": list(result.modes),
        "tools": result.tools,
        "findings": [asdict(f) for f in result.findings],
    }
    json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    by_page: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_page.setdefault(finding.page, []).append(finding)
    html = env.get_template("audit_report.html").render(
        result=result, by_page=by_page, site_name=site_name, rules=_RULE_NAMES
    )
    html_path = report_dir / "report.html"
    html_path.write_text(html, encoding="utf-8")
    return html_path, json_path


_RULE_NAMES = {
    "lang": "页面语言",
    "skip-link": "跳到主要内容链接",
    "care-control": "关怀模式控件",
    "target-size": "点击区域 ≥ 44×44 px",
    "care-target-size": "关怀模式主要控件 ≥ 60×60 px",
    "care-control-text": "关怀模式控件文字 ≥ 30 px",
    "care-text-size": "关怀模式正文 ≥ 18 px",
    "care-line-height": "行间距 ≥ 1.3 倍",
    "care-heading-size": "关怀模式标题 ≥ 30 px",
    "care-paragraph-spacing": "段间距 ≥ 1.3 倍行间距",
    "reflow-320": "320 px 宽度不横向滚动",
    "html:nu": "HTML 规范（Nu HTML checker）",
}
