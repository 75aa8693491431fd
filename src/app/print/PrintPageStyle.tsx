/*
 * Page box of every printed document: A4, margins top 20, right 20, bottom 20, left 30 mm (Nghị định
 * 30/2020: top/bottom 20–25, left 30–35, right 15–20), the page number centred in the top margin from
 * page 2 on. Chromium prints @page margin boxes (checked on Chromium 156 in tests/e2e/print), so the
 * number comes from the browser's own print, not from a header template.
 * A <style> element rather than a stylesheet: it leaves with the document, so printing any other
 * screen of the app is not affected.
 */
const PAGE_CSS = `
@page {
  size: A4;
  margin: 20mm 20mm 20mm 30mm;
  @top-center {
    content: counter(page);
    font-family: "Tinos", "Times New Roman", "Liberation Serif", serif;
    font-size: 13pt;
    vertical-align: middle;
  }
}
@page :first {
  @top-center { content: none; }
}
@media print {
  html, body { background: #fff !important; }
  /* Only the document goes on paper: not the app's header, banners, footer or the toolbar. */
  #app > :not(.doc-preview), .doc-toolbar { display: none !important; }
}
`;

export function PrintPageStyle() {
  return <style>{PAGE_CSS}</style>;
}
