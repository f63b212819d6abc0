/* The aftercare assistant's chat widget: one script tag, no framework, styles sealed in a Shadow DOM.
   Every piece of server text is rendered with textContent, never as HTML. */
(() => {
  "use strict";
  const script = document.currentScript;
  const data = (script && script.dataset) || {};
  const api = (data.api || (script ? new URL(script.src, location.href).origin : location.origin)).replace(/\/$/, "");
  const cfg = {
    clinic: data.clinic || "the clinic",
    accent: /^#[0-9a-fA-F]{3,8}$/.test(data.accent || "") ? data.accent : "#2f6f73",
    greeting: data.greeting || "Hi! Ask me about caring for your skin after microneedling.",
  };
  const STORE = "aftercare-widget:" + api;
  const SUGGESTIONS = ["When can I wear makeup again?", "Is peeling normal?", "How many sessions will I need?"];
  const state = load();
  let phone = null;
  let lastQuestion = null;
  let busy = false;

  const host = document.createElement("div");
  host.id = "aftercare-widget";
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<style>
:host{all:initial}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;border-radius:28px;padding:14px 18px;
 background:var(--accent);color:#fff;font-size:15px;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.launcher:focus-visible,button:focus-visible,summary:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.panel{position:fixed;right:12px;bottom:80px;z-index:2147483000;width:min(380px,calc(100vw - 24px));
 height:min(600px,calc(100vh - 100px));display:flex;flex-direction:column;background:#fff;color:#1d2327;
 border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}
.panel[hidden]{display:none}
header{background:var(--accent);color:#fff;padding:12px 14px;display:flex;align-items:center;justify-content:space-between}
header h2{margin:0;font-size:16px}
.close{background:transparent;border:0;color:#fff;font-size:22px;cursor:pointer;line-height:1}
.log{flex:1;overflow-y:auto;overflow-x:hidden;padding:12px;display:flex;flex-direction:column;gap:10px;font-size:14px;line-height:1.45}
.msg{max-width:92%;padding:9px 11px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.user{align-self:flex-end;background:var(--accent);color:#fff}
.bot{align-self:flex-start;background:#f1f4f5}
.bot.escalation{background:#fdecea;border:2px solid #c62828;color:#7f1313}
.bot.no_answer{background:#fff8e1;border:1px solid #e0b000}
.bot.error{background:#eceff1;border:1px dashed #78909c}
.warn{font-weight:700;display:block;margin-bottom:4px}
.call{display:inline-block;margin-top:8px;padding:6px 10px;background:#c62828;color:#fff;border-radius:8px;text-decoration:none;font-weight:600}
.cite{border:0;background:none;color:var(--accent);font-weight:700;cursor:pointer;padding:0 1px;font-size:13px}
.sources{margin-top:8px;display:flex;flex-direction:column;gap:4px;white-space:normal}
details{background:#fff;border:1px solid #d5dbde;border-radius:8px;padding:4px 8px;font-size:13px}
summary{cursor:pointer}
blockquote{margin:6px 0;padding-left:8px;border-left:3px solid var(--accent);white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#fff3b0;color:inherit}
.disclaimer{margin:8px 0 0;font-size:11.5px;color:#5f6b70;white-space:normal}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{border:1px solid var(--accent);background:#fff;color:var(--accent);border-radius:16px;padding:5px 10px;font-size:13px;cursor:pointer}
.typing{align-self:flex-start;color:#5f6b70;font-style:italic;font-size:13px}
.retry{margin-left:8px;border:1px solid #455a64;background:#fff;border-radius:6px;padding:3px 8px;cursor:pointer}
form{display:flex;gap:6px;padding:10px;border-top:1px solid #e3e7e9}
input{flex:1;min-width:0;padding:10px;border:1px solid #b0bec5;border-radius:8px;font-size:15px}
.send{border:0;background:var(--accent);color:#fff;border-radius:8px;padding:0 14px;font-weight:600;cursor:pointer}
.send:disabled{opacity:.6;cursor:wait}
</style>
<button class="launcher" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="panel">Aftercare questions</button>
<section class="panel" id="panel" role="dialog" aria-modal="false" aria-labelledby="title" hidden>
 <header><h2 id="title"></h2><button class="close" type="button" aria-label="Close chat">×</button></header>
 <div class="log" role="log" aria-live="polite" aria-relevant="additions"></div>
 <form><label for="q" style="position:absolute;left:-9999px">Your question</label>
  <input id="q" name="q" autocomplete="off" maxlength="1000" placeholder="Type your question…">
  <button class="send" type="submit">Send</button></form>
</section>`;
  host.style.setProperty("--accent", cfg.accent);
  root.host.style.setProperty("--accent", cfg.accent);
  const $ = (sel) => root.querySelector(sel);
  const launcher = $(".launcher"), panel = $(".panel"), log = $(".log"), form = $("form"), input = $("input"), send = $(".send");
  $("#title").textContent = "Aftercare assistant · " + cfg.clinic;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function load() {
    try { return JSON.parse(sessionStorage.getItem(STORE)) || { messages: [], open: false, session: null }; }
    catch (_) { return { messages: [], open: false, session: null }; }
  }
  function save() {
    try { sessionStorage.setItem(STORE, JSON.stringify(state)); } catch (_) { /* storage full or blocked */ }
  }
  function scroll() { log.scrollTop = log.scrollHeight; }

  function renderGreeting() {
    const box = el("div", "msg bot", cfg.greeting);
    const chips = el("div", "chips");
    SUGGESTIONS.forEach((s) => {
      const chip = el("button", "chip", s);
      chip.type = "button";
      chip.addEventListener("click", () => ask(s));
      chips.appendChild(chip);
    });
    box.appendChild(chips);
    log.appendChild(box);
  }

  function renderAnswer(r) {
    const box = el("div", "msg bot " + r.type);
    box.setAttribute("data-type", r.type);
    if (r.type === "escalation") {
      box.setAttribute("role", "alert");
      box.appendChild(el("strong", "warn", "Please contact the clinic"));
    }
    const cards = [];
    const sources = el("div", "sources");
    (r.citations || []).forEach((c) => {
      const card = el("details");
      card.id = "src-" + c.n;
      const head = [c.title, c.section && c.section.split(" > ").pop()].filter(Boolean).join(" — ");
      card.appendChild(el("summary", null, "[" + c.n + "] " + head));
      const quote = el("blockquote");
      const at = c.passage.indexOf(c.quote);
      if (at >= 0) {
        quote.appendChild(document.createTextNode(c.passage.slice(0, at)));
        quote.appendChild(el("mark", null, c.quote));
        quote.appendChild(document.createTextNode(c.passage.slice(at + c.quote.length)));
      } else {
        quote.appendChild(el("mark", null, c.quote));
      }
      card.appendChild(quote);
      cards[c.n] = card;
      sources.appendChild(card);
    });
    const text = el("div");
    String(r.answer).split(/(\[\d+\])/).forEach((part) => {
      const m = /^\[(\d+)\]$/.exec(part);
      if (m && cards[+m[1]]) {
        const b = el("button", "cite", part);
        b.type = "button";
        b.setAttribute("aria-label", "Show source " + m[1]);
        b.addEventListener("click", () => { const card = cards[+m[1]]; card.open = true; card.querySelector("summary").focus(); });
        text.appendChild(b);
      } else if (part) {
        text.appendChild(document.createTextNode(part));
      }
    });
    box.appendChild(text);
    if (r.type === "escalation" && phone) {
      const call = el("a", "call", "Call " + cfg.clinic + ": " + phone);
      call.href = "tel:" + phone.replace(/[^+\d]/g, "");
      box.appendChild(call);
    }
    if (cards.length) box.appendChild(sources);
    box.appendChild(el("p", "disclaimer", r.disclaimer));
    log.appendChild(box);
  }

  function renderMessage(m) {
    if (m.role === "user") log.appendChild(el("div", "msg user", m.text));
    else renderAnswer(m.response);
  }

  function renderError(text) {
    const box = el("div", "msg bot error");
    box.setAttribute("role", "alert");
    box.appendChild(document.createTextNode(text || "Sorry, the assistant can't be reached right now."));
    const retry = el("button", "retry", "Retry");
    retry.type = "button";
    retry.addEventListener("click", () => { box.remove(); ask(lastQuestion, true); });
    box.appendChild(retry);
    log.appendChild(box);
    scroll();
  }

  async function fetchConfig() {
    if (phone) return;
    try {
      const res = await fetch(api + "/v1/widget-config");
      if (res.ok) phone = (await res.json()).clinic_phone || null;
    } catch (_) { /* the call link is optional */ }
  }

  async function ask(question, retrying) {
    const q = String(question || "").trim();
    if (!q || busy) return;
    lastQuestion = q;
    if (!retrying) {
      state.messages.push({ role: "user", text: q });
      save();
      renderMessage({ role: "user", text: q });
    }
    busy = true;
    send.disabled = true;
    const typing = el("div", "typing", "The assistant is typing…");
    typing.setAttribute("aria-label", "The assistant is typing");
    log.appendChild(typing);
    scroll();
    try {
      await fetchConfig();
      const res = await fetch(api + "/v1/answer", {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: q, session_id: state.session }),
      });
      if (res.status === 429) {
        const wait = parseInt(res.headers.get("retry-after"), 10);
        typing.remove();
        renderError("Too many questions, try again in " + (wait > 0 ? wait + " s." : "a minute."));
        return;
      }
      if (!res.ok && res.status !== 413 && res.status !== 422) throw new Error("HTTP " + res.status);
      const body = await res.json();
      const response = res.ok ? body : { type: "no_answer", answer: body.error.message, citations: [], disclaimer: "" };
      state.messages.push({ role: "bot", response });
      save();
      typing.remove();
      renderAnswer(response);
    } catch (_) {
      typing.remove();
      renderError();
    } finally {
      busy = false;
      send.disabled = false;
      scroll();
    }
  }

  function setOpen(open, focus) {
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    state.open = open;
    save();
    if (open) { scroll(); if (focus) input.focus(); } else if (focus) launcher.focus();
  }

  launcher.addEventListener("click", () => setOpen(panel.hidden, true));
  $(".close").addEventListener("click", () => setOpen(false, true));
  root.addEventListener("keydown", (e) => { if (e.key === "Escape" && !panel.hidden) setOpen(false, true); });
  form.addEventListener("submit", (e) => { e.preventDefault(); const q = input.value; input.value = ""; ask(q); });

  if (!state.session) { state.session = Math.random().toString(36).slice(2) + Date.now().toString(36); save(); }
  renderGreeting();
  state.messages.forEach(renderMessage);
  document.body.appendChild(host);
  if (state.open) setOpen(true, false);
})();
