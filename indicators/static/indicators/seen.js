/* Counts one view of this page, without a cookie or an identifier (indicators/beacon.py). */
(() => {
    const script = document.currentScript;
    if (!script || !navigator.sendBeacon) {
        return;
    }
    if (navigator.doNotTrack === "1" || window.doNotTrack === "1" || navigator.globalPrivacyControl) {
        return;
    }
    const data = new URLSearchParams({ p: script.dataset.page, l: script.dataset.lang });
    try {
        // The referring site's name only, never its address; moving between our own pages is no referral.
        const referrer = document.referrer ? new URL(document.referrer).hostname : "";
        if (referrer && referrer !== location.hostname) {
            data.set("r", referrer);
        }
    } catch {
        /* an unreadable referrer is no referrer */
    }
    // In the address, with no body: the server answers without reading one.
    const send = () => navigator.sendBeacon(`${script.dataset.url}?${data.toString()}`);
    // A page opened in a background tab or prerendered is counted when it is first seen.
    if (document.visibilityState === "visible") {
        send();
    } else {
        document.addEventListener("visibilitychange", function seen() {
            if (document.visibilityState === "visible") {
                document.removeEventListener("visibilitychange", seen);
                send();
            }
        });
    }
})();
