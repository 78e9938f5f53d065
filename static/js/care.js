// 关怀模式, 高对比度 and the reading aids (standards.md §4.2 W4–W6, W14), built into the site.
// Loaded in <head> so remembered settings apply before the first paint; the controls are wired
// once the page is parsed. Without JavaScript the #care / #contrast links still work (CSS :target).
(function () {
  "use strict";
  var KEY = "gongkai-care";
  var root = document.documentElement;
  var state = load();

  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }
  function clamp(value, low, high) { return Math.min(high, Math.max(low, Math.round(value * 10) / 10)); }

  function apply() {
    root.classList.toggle("care", !!state.care);
    root.classList.toggle("contrast", !!state.contrast);
    root.classList.toggle("big-cursor", !!state.cursor);
    root.style.setProperty("--text-scale", String(state.text || 1));
    root.classList.toggle("page-zoomed", (state.zoom || 1) !== 1);
    root.style.setProperty("--page-zoom", String(state.zoom || 1));
  }

  // A page opened through the plain link (…#care) switches the mode on and remembers it.
  if (location.hash === "#care") { state.care = true; save(); }
  if (location.hash === "#contrast") { state.contrast = true; save(); }
  apply();

  function announce(text) {
    var box = document.getElementById("aids-status");
    if (box) { box.textContent = text; }
  }

  var guide = null;
  function moveGuide(y) { if (guide) { guide.style.top = (y - guide.offsetHeight / 2) + "px"; } }
  function onMouse(event) { moveGuide(event.clientY); }
  function onFocus(event) {
    var rect = event.target.getBoundingClientRect();
    moveGuide(rect.top + rect.height / 2);
  }
  function setGuide(on) {
    if (on && !guide) {
      guide = document.createElement("div");
      guide.className = "reading-guide";
      guide.setAttribute("aria-hidden", "true");
      document.body.appendChild(guide);
      moveGuide(window.innerHeight / 2);
      document.addEventListener("mousemove", onMouse);
      document.addEventListener("focusin", onFocus);
    } else if (!on && guide) {
      guide.remove();
      guide = null;
      document.removeEventListener("mousemove", onMouse);
      document.removeEventListener("focusin", onFocus);
    }
  }

  function speak(button) {
    var synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") {
      announce("此浏览器不支持朗读功能。");
      return;
    }
    if (synth.speaking) {
      synth.cancel();
      button.setAttribute("aria-pressed", "false");
      announce("已停止朗读。");
      return;
    }
    var main = document.getElementById("main");
    var utterance = new window.SpeechSynthesisUtterance(main ? main.innerText : document.body.innerText);
    utterance.lang = "zh-CN";
    utterance.rate = 0.9;
    utterance.onend = function () { button.setAttribute("aria-pressed", "false"); };
    button.setAttribute("aria-pressed", "true");
    announce("正在朗读正文，再按一次停止。");
    synth.speak(utterance);
  }

  function syncControls() {
    var care = document.getElementById("care-link");
    var contrast = document.getElementById("contrast-link");
    if (care) {
      care.setAttribute("aria-pressed", state.care ? "true" : "false");
      care.textContent = state.care ? "退出关怀模式" : "关怀模式";
    }
    if (contrast) {
      contrast.setAttribute("aria-pressed", state.contrast ? "true" : "false");
      contrast.textContent = state.contrast ? "退出高对比度" : "高对比度";
    }
    var pressed = { cursor: !!state.cursor, guide: !!state.guide };
    Array.prototype.forEach.call(document.querySelectorAll("[data-aid='cursor'], [data-aid='guide']"), function (b) {
      b.setAttribute("aria-pressed", pressed[b.getAttribute("data-aid")] ? "true" : "false");
    });
  }

  function onAid(name, button) {
    if (name === "text-up" || name === "text-down") {
      state.text = clamp((state.text || 1) + (name === "text-up" ? 0.1 : -0.1), 0.8, 2);
      announce("文字大小：" + Math.round(state.text * 100) + "%");
    } else if (name === "zoom-up" || name === "zoom-down") {
      state.zoom = clamp((state.zoom || 1) + (name === "zoom-up" ? 0.1 : -0.1), 1, 2);
      announce("页面缩放：" + Math.round(state.zoom * 100) + "%");
    } else if (name === "cursor") {
      state.cursor = !state.cursor;
      announce(state.cursor ? "已开启大鼠标。" : "已关闭大鼠标。");
    } else if (name === "guide") {
      state.guide = !state.guide;
      setGuide(state.guide);
      announce(state.guide ? "已开启阅读引导线。" : "已关闭阅读引导线。");
    } else if (name === "speak") {
      speak(button);
      return;
    } else if (name === "reset") {
      if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
      state = {};
      setGuide(false);
      announce("已全部还原为标准设置。");
    }
    save();
    apply();
    syncControls();
  }

  function init() {
    var modeLinks = document.querySelectorAll(".care-link[data-mode]");
    Array.prototype.forEach.call(modeLinks, function (link) {
      var mode = link.getAttribute("data-mode");
      if (mode !== "off") { link.setAttribute("role", "button"); }
      link.addEventListener("click", function (event) {
        event.preventDefault();
        if (mode === "off") { state.care = false; state.contrast = false; }
        else { state[mode] = !state[mode]; }
        save();
        apply();
        syncControls();
        if (location.hash === "#care" || location.hash === "#contrast") {
          history.replaceState(null, "", location.pathname + location.search);
        }
      });
    });
    var toggle = document.getElementById("aids-toggle");
    var panel = document.getElementById("aids-panel");
    if (toggle && panel) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        panel.hidden = !open;
      });
      panel.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-aid]");
        if (button) { onAid(button.getAttribute("data-aid"), button); }
      });
    }
    if (state.guide) { setGuide(true); }
    syncControls();
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
}());
