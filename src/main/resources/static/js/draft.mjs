// Progressive enhancement for the draft review page (it works without it): a link to a section, or to a field
// inside a closed section, opens that section and any section around it before the browser or the error summary
// moves focus there. Capture phase, so it runs before the error summary's own click handler.
function openAround(id) {
    const target = id && document.getElementById(decodeURIComponent(id));
    for (let section = target?.closest('details'); section; section = section.parentElement.closest('details')) {
        section.open = true;
    }
}

document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    if (link) {
        openAround(link.hash.slice(1));
    }
}, true);
window.addEventListener('hashchange', () => openAround(location.hash.slice(1)));
openAround(location.hash.slice(1));
