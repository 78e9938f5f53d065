// The /search/ page: Pagefind's JS API behind a form that works by keyboard and screen reader.
// The query, filters and sort live in the URL (/search/?q=…&年份=2020&sort=date-asc).
const FILTER_ORDER = ["栏目", "类型", "发布机构", "责任单位", "年份", "主题分类", "有效性", "公开类别"];
const PAGE = 20;
// Result metadata shown under each title, in this order, when the page carries it.
const META_ORDER = ["文号", "发布机构", "发布日期", "工作要点", "责任单位", "完成时限", "状态"];

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const statusBox = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const filterBox = document.getElementById("search-filters");
const grid = document.getElementById("filter-grid");
const sortSelect = document.getElementById("sort");
let pagefind = null;
const siteRoot = new URL(form.dataset.siteRoot, location.href);
let results = [];
let shown = 0;

function say(text) {
  statusBox.textContent = text;
}

// Pagefind excerpts are HTML with <mark>; keep only text and <mark>, nothing else.
function excerptNode(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  }
  return out;
}

function selectedFilters() {
  const filters = {};
  for (const select of grid.querySelectorAll("select")) {
    if (select.value) filters[select.name] = select.value;
  }
  return filters;
}

function sortOption() {
  if (sortSelect.value === "date-asc") return { date: "asc" };
  if (sortSelect.value === "relevance") return undefined;
  return { date: "desc" };
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  for (const [key, value] of Object.entries(selectedFilters())) params.set(key, value);
  if (sortSelect.value !== "date-desc") params.set("sort", sortSelect.value);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

async function renderMore() {
  const slice = results.slice(shown, shown + PAGE);
  const items = await Promise.all(slice.map((r) => r.data()));
  for (const data of items) {
    const li = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    // A task result leads to its row in the plan's task table (meta 位置 = plan URL + #anchor).
    link.href = data.meta["位置"] ? new URL(data.meta["位置"].replace(/^\//, ""), siteRoot).href : data.url;
    link.textContent = data.meta.title || data.url;
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "item-meta";
    for (const key of META_ORDER) {
      if (!data.meta[key]) continue;
      const span = document.createElement("span");
      span.textContent = `${key}：${data.meta[key]}`;
      meta.append(span);
    }
    const excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    excerpt.append(excerptNode(data.excerpt));
    li.append(heading, meta, excerpt);
    list.append(li);
  }
  shown += slice.length;
  more.hidden = shown >= results.length;
}

async function run() {
  const query = input.value.trim();
  const filters = selectedFilters();
  writeUrl();
  list.replaceChildren();
  shown = 0;
  more.hidden = true;
  if (!query && Object.keys(filters).length === 0) {
    results = [];
    say("请输入要搜索的词语，或选择筛选条件。");
    return;
  }
  say("正在搜索……");
  const search = await pagefind.search(query || null, { filters, sort: sortOption() });
  results = search.results;
  if (results.length === 0) {
    say(query ? `没有找到与“${query}”相关的结果。` : "没有符合筛选条件的结果。");
    return;
  }
  say(`找到 ${results.length} 条结果${query ? `（关键词：${query}）` : ""}。`);
  await renderMore();
}

function buildFilters(available, params) {
  const keys = Object.keys(available).sort((a, b) => {
    const ia = FILTER_ORDER.indexOf(a), ib = FILTER_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  for (const key of keys) {
    const id = `filter-${FILTER_ORDER.indexOf(key) >= 0 ? FILTER_ORDER.indexOf(key) : key}`;
    const wrap = document.createElement("div");
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = key;
    const select = document.createElement("select");
    select.id = id;
    select.name = key;
    const all = new Option("全部", "");
    select.append(all);
    const values = Object.keys(available[key]).sort();
    if (key === "年份") values.reverse();
    for (const value of values) select.append(new Option(value, value));
    select.value = params.get(key) || "";
    wrap.append(label, select);
    grid.append(wrap);
  }
}

async function start() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("sort")) sortSelect.value = params.get("sort");
  try {
    // import() resolves relative to this module, so make the page-relative address absolute.
    pagefind = await import(new URL(`${form.dataset.pagefind}pagefind.js`, location.href).href);
    await pagefind.options({ baseUrl: new URL(form.dataset.siteRoot, location.href).pathname });
    await pagefind.init();
  } catch (error) {
    say("搜索索引加载失败：请通过网站地址访问本页（不能直接打开本地文件），或按栏目浏览。");
    return;
  }
  buildFilters(await pagefind.filters(), params);
  filterBox.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  filterBox.addEventListener("change", () => run());
  document.getElementById("search-reset").addEventListener("click", () => {
    for (const select of grid.querySelectorAll("select")) select.value = "";
    sortSelect.value = "date-desc";
    run();
  });
  more.addEventListener("click", async () => {
    const firstNew = shown;
    await renderMore();
    list.children[firstNew]?.querySelector("a")?.focus();
  });
  await run();
}

start();
