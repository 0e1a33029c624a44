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

// On phones the main menu is one scrollable row: bring the current section into view.
const currentSection = document.querySelector(".main-nav [aria-current]");
const menuRow = currentSection && currentSection.closest("ul");
if (menuRow && menuRow.scrollWidth > menuRow.clientWidth) {
    menuRow.scrollLeft = currentSection.offsetLeft - (menuRow.clientWidth - currentSection.offsetWidth) / 2;
}
