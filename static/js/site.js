// Progressive enhancement only: every feature works without JavaScript.
// Close the language menu with Escape and when focus or a click leaves it.
document.querySelectorAll("details.language-switcher").forEach((menu) => {
    menu.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && menu.open) {
            menu.open = false;
            menu.querySelector("summary").focus();
        }
    });
    document.addEventListener("click", (event) => {
        if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
});

// On phones the main menu is one scrollable row: bring the current section into view, and the
// item the keyboard reaches wholly into view (the browser stops as soon as part of it shows,
// leaving the rest of it and of its focus outline cut off).
const menuRow = document.querySelector(".main-nav ul");
const currentSection = menuRow?.querySelector("[aria-current]");
if (currentSection && menuRow.scrollWidth > menuRow.clientWidth) {
    menuRow.scrollLeft = currentSection.offsetLeft - (menuRow.clientWidth - currentSection.offsetWidth) / 2;
}
if (menuRow) {
    menuRow.addEventListener("focusin", (event) =>
        event.target.scrollIntoView({ block: "nearest", inline: "nearest" }),
    );
}
