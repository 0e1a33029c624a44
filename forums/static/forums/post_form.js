// The forum's post form, progressively enhanced. Without JavaScript every pane (options, poll,
// attachments) shows under its own heading. With it the panes become tabs, following the
// WAI-ARIA Authoring Practices' tabs pattern with automatic activation, and the "add another"
// buttons of the attachment and poll option formsets appear.

function setUpTabs(container) {
    const panels = [...container.querySelectorAll(":scope > [data-tab-panel]")];
    if (panels.length < 2) return;
    const list = document.createElement("div");
    list.className = "form-tabs__list";
    list.setAttribute("role", "tablist");
    const tabs = panels.map((panel) => {
        const heading = panel.querySelector("[data-tab-heading]");
        const tab = document.createElement("button");
        tab.type = "button";
        tab.id = `${panel.id}-tab`;
        tab.className = "form-tabs__tab";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-controls", panel.id);
        tab.textContent = heading.textContent.trim();
        // The tab names the panel now; the heading would repeat it.
        heading.hidden = true;
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tab.id);
        panel.tabIndex = 0;
        list.append(tab);
        return tab;
    });

    function select(index, moveFocus) {
        tabs.forEach((tab, position) => {
            const selected = position === index;
            tab.setAttribute("aria-selected", String(selected));
            tab.tabIndex = selected ? 0 : -1;
            panels[position].hidden = !selected;
        });
        if (moveFocus) tabs[index].focus();
    }

    list.addEventListener("click", (event) => {
        const tab = event.target.closest("[role=tab]");
        if (tab) select(tabs.indexOf(tab), false);
    });
    list.addEventListener("keydown", (event) => {
        const current = tabs.indexOf(document.activeElement);
        const target = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[event.key];
        if (current < 0 || target === undefined) return;
        event.preventDefault();
        select((target + tabs.length) % tabs.length, true);
    });

    container.prepend(list);
    container.classList.add("form-tabs--enhanced");
    // After a submission with errors, open the pane that shows them.
    const withErrors = panels.findIndex((panel) => panel.querySelector(".error"));
    select(Math.max(withErrors, 0), false);
}

// Django formsets: a new form is a copy of the last one with the next index and no values.
function setUpAddButton(button) {
    const prefix = button.dataset.formsetAdd;
    const total = document.getElementById(`id_${prefix}-TOTAL_FORMS`);
    const maximum = document.getElementById(`id_${prefix}-MAX_NUM_FORMS`);
    const formset = document.querySelector(`[data-formset="${prefix}"]`);
    if (!total || !formset) return;
    const full = () => maximum && Number(total.value) >= Number(maximum.value);

    button.hidden = full();
    button.addEventListener("click", () => {
        const forms = formset.querySelectorAll("[data-formset-form]");
        const last = forms[forms.length - 1];
        const index = Number(total.value);
        const copy = last.cloneNode(true);
        const renumber = (value) => value.replace(`${prefix}-${index - 1}-`, `${prefix}-${index}-`);
        copy.querySelectorAll("[id], [for], [name]").forEach((element) => {
            for (const attribute of ["id", "for", "name"]) {
                if (element.hasAttribute(attribute))
                    element.setAttribute(attribute, renumber(element.getAttribute(attribute)));
            }
        });
        for (const element of copy.querySelectorAll(".error, [data-formset-initial]")) element.remove();
        for (const element of copy.querySelectorAll(".has-error")) element.classList.remove("has-error");
        copy.querySelectorAll("input, textarea, select").forEach((field) => {
            if (field.type === "checkbox" || field.type === "radio") field.checked = false;
            else field.value = "";
        });
        copy.querySelectorAll("[data-formset-number]").forEach((number) => {
            number.textContent = String(index + 1);
        });
        last.after(copy);
        total.value = String(index + 1);
        button.hidden = full();
        copy.querySelector("input:not([type=hidden]), textarea, select").focus();
    });
}

document.querySelectorAll("[data-tabs]").forEach(setUpTabs);
document.querySelectorAll("[data-formset-add]").forEach(setUpAddButton);
