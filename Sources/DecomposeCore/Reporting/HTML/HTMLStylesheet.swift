/// The report's only stylesheet, inlined in the page: system fonts, colours with at least 4.5:1 contrast on their
/// background, a layout that works from a phone to a meeting-room screen, and print rules (A4 or Letter, no
/// dark backgrounds, sections not split across pages where avoidable, link targets not printed).
enum HTMLStylesheet {
    /// The CSS text, one rule per line group, ending in a newline.
    static let css = """
        :root {
          --text: #1b1f24; --muted: #4a5360; --line: #d0d7de; --panel: #f3f6fa; --accent: #0a4fa8;
          --pill: #e6edf7; --warn-bg: #fff4e0; --warn-text: #6b3d00; --bar: #2f6f3e; --track: #dde3ea;
        }
        * { box-sizing: border-box; }
        html { color: var(--text); background: #ffffff; }
        body {
          margin: 0 auto; padding: 1.5rem 1.25rem 3rem; max-width: 78rem; line-height: 1.5;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.5em; }
        h1 { font-size: 2rem; margin-top: 0.5rem; }
        h2 { font-size: 1.5rem; border-bottom: 2px solid var(--line); padding-bottom: 0.25rem; }
        h3 { font-size: 1.2rem; }
        a { color: var(--accent); }
        code, .term { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.95em; }
        .subtitle { font-size: 1.15rem; color: var(--muted); margin-top: 0; }
        .about p { max-width: 50rem; }
        .metrics { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.75rem;
          margin: 1.25rem 0; padding: 0; }
        .metrics div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
          padding: 0.6rem 0.8rem; }
        .metrics dt { color: var(--muted); font-size: 0.9rem; }
        .metrics dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
        nav ol { columns: 2 16rem; margin: 0; }
        nav ol ol { columns: auto; }
        figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; overflow-x: auto; }
        figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.5rem; }
        .context-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(24rem, 100%), 1fr)); gap: 1rem; }
        .context, .saga, .finding { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 0.75rem; }
        .context h3, .saga h3 { margin-top: 0.75rem; }
        .context dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; margin: 0; }
        .context dt { color: var(--muted); }
        .context dd { margin: 0; }
        .context ul, .finding ul { margin: 0.25rem 0; padding-left: 1.2rem; }
        .doc { color: var(--muted); }
        .pill { display: inline-block; background: var(--pill); border-radius: 4px; padding: 0 0.4rem;
          font-size: 0.85rem; font-weight: 600; }
        .finding .pill { background: var(--warn-bg); color: var(--warn-text); }
        .bar { display: inline-block; vertical-align: middle; width: 6rem; height: 0.6rem; background: var(--track);
          border-radius: 3px; overflow: hidden; margin-left: 0.5rem; }
        .bar span { display: block; height: 100%; background: var(--bar); }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: var(--panel); }
        td ul { margin: 0; padding-left: 1.1rem; }
        td { overflow-wrap: anywhere; }
        #relationships th:nth-child(-n+2) { width: 12%; }
        #relationships th:nth-child(3) { width: 17%; }
        #relationships th:nth-child(4) { width: 6%; }
        #relationships th:nth-child(n+5) { width: 26.5%; }
        .findings { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
        .finding p { margin: 0.5rem 0 0; }
        .none { color: var(--muted); font-style: italic; }
        footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
        @media print {
          @page { margin: 14mm; }
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: inherit; text-decoration: none; }
          h2, h3, h4, dt { break-after: avoid; }
          .finding, figure, tr, li, .metrics { break-inside: avoid; }
          .context-cards { display: block; }
          .context { margin-bottom: 0.75rem; }
          thead { display: table-header-group; }
          td ul { padding: 0; list-style: none; }
          td li { display: inline; }
          td li:not(:last-child)::after { content: "; "; }
          figure { border: none; padding: 0; overflow: visible; }
          figure svg { max-height: 21cm; }
          nav { break-after: page; }
        }

        """
}
