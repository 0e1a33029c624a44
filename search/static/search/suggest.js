// Progressive enhancement: suggestions under the header search box while typing.
// Without JavaScript the box is a plain GET form to the search page.
(() => {
    const input = document.getElementById("site-search");
    if (!input || !window.fetch) return;
    const list = document.createElement("ul");
    list.className = "search-suggestions";
    list.id = "site-search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestLabel || "");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.form.style.position = "relative";
    input.form.appendChild(list);
    let timer = null;
    let controller = null;
    let active = -1;

    function close() {
        list.hidden = true;
        list.replaceChildren();
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function show(items) {
        list.replaceChildren();
        items.forEach((item, i) => {
            const li = document.createElement("li");
            const a = document.createElement("a");
            a.href = item.url;
            a.id = `site-search-suggestion-${i}`;
            a.setAttribute("role", "option");
            a.textContent = item.title; // text only: titles are never parsed as HTML
            if (item.untranslated) a.title = input.dataset.untranslatedLabel || "";
            li.appendChild(a);
            list.appendChild(li);
        });
        list.hidden = items.length === 0;
        input.setAttribute("aria-expanded", String(items.length > 0));
    }

    function fetchSuggestions() {
        const q = input.value.trim();
        if (q.length < 3) return close(); // as MIN_SUGGEST_LENGTH in search/views.py
        if (controller) controller.abort();
        controller = new AbortController();
        fetch(`${input.dataset.suggestUrl}?q=${encodeURIComponent(q)}`, { signal: controller.signal })
            .then((r) => (r.ok ? r.json() : { suggestions: [] }))
            .then((data) => show(data.suggestions || []))
            .catch(() => {});
    }

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(fetchSuggestions, 200);
    });
    // The combobox pattern: focus stays in the box, arrows move the highlighted option,
    // Enter opens it (or submits the form when none is highlighted).
    input.addEventListener("keydown", (event) => {
        const options = list.querySelectorAll("a");
        if (event.key === "Escape") return close();
        if (event.key === "Enter" && active >= 0 && options[active]) {
            event.preventDefault();
            window.location.assign(options[active].href);
            return;
        }
        if (!options.length || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
        event.preventDefault();
        active = (active + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
        options.forEach((o, i) => {
            o.setAttribute("aria-selected", String(i === active));
        });
        input.setAttribute("aria-activedescendant", options[active].id);
    });
    document.addEventListener("click", (event) => {
        if (!input.form.contains(event.target)) close();
    });
})();
