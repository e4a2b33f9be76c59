namespace Watchdog.Reports.Documents;

/// <summary>The report's inline stylesheet: screen and print (A4, one section per page), no web fonts or other requests.</summary>
internal static class ReportStyles
{
    // Fonts are local families only (DejaVu/Noto/Liberation ship with Debian and have Cyrillic and Kazakh letters).
    public const string Css = """
        :root { --ink: #1f2933; --muted: #52606d; --rule: #d9dee3; --soft: #f4f6f8; --accent: #0b4f8a; --up: #b54708; --down: #0b4f8a; }
        * { box-sizing: border-box; }
        html { font-size: 10.5pt; }
        body { margin: 0 auto; max-width: 190mm; padding: 12mm 10mm; color: var(--ink); background: #fff;
               font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height: 1.45; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        h1, h2, h3 { font-family: "Noto Serif", "DejaVu Serif", "Liberation Serif", Georgia, serif; line-height: 1.2; margin: 0; }
        h1 { font-size: 24pt; margin: 2mm 0 3mm; }
        h2 { font-size: 17pt; margin-bottom: 2mm; }
        h3 { font-size: 10pt; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
             font-family: inherit; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid var(--rule); }
        .masthead { border-bottom: 3px solid var(--ink); padding-bottom: 4mm; margin-bottom: 5mm; }
        .eyebrow { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .12em; color: var(--accent); font-weight: bold; }
        .meta { color: var(--muted); font-size: 9.5pt; }
        .meta span + span::before { content: "·"; margin: 0 .6em; }
        .description { font-size: 11pt; margin: 3mm 0 0; max-width: 150mm; }
        table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
        th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--ink); padding: 1.5mm 2mm; }
        td { border-bottom: 1px solid var(--rule); padding: 1.5mm 2mm; vertical-align: top; }
        tr { break-inside: avoid; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .up { color: var(--up); } .down { color: var(--down); } .flat { color: var(--muted); }
        .query { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 9pt; background: var(--soft);
                 border-left: 3px solid var(--accent); padding: 1.5mm 3mm; margin: 0 0 4mm; word-break: break-word; }
        .figures { display: flex; gap: 4mm; margin-bottom: 2mm; }
        .figure { flex: 1; background: var(--soft); padding: 2mm 4mm; }
        .figure .value { font-size: 18pt; font-weight: bold; font-variant-numeric: tabular-nums; }
        .figure .label { font-size: 8.5pt; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        .note { font-style: italic; margin: 2mm 0 0; }
        .chart { margin: 4mm 0 0; break-inside: avoid; }
        .chart svg { width: 100%; height: auto; display: block; }
        .columns { display: flex; gap: 8mm; }
        .columns > div { flex: 1; min-width: 0; }
        .bar { display: inline-block; height: 2.2mm; background: var(--accent); opacity: .55; vertical-align: middle; margin-left: 2mm; }
        ol.stories { padding-left: 5mm; margin: 0; }
        ol.stories li { margin-bottom: 2.5mm; break-inside: avoid; }
        ol.stories .label { font-weight: 600; }
        ol.stories ul { margin: .5mm 0 0; padding-left: 4mm; font-size: 9pt; color: var(--muted); }
        .empty { color: var(--muted); font-style: italic; }
        .source, .date { color: var(--muted); white-space: nowrap; }
        footer { margin-top: 8mm; font-size: 8pt; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 2mm; }
        @page { size: A4; margin: 14mm 12mm 16mm;
                @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #52606d; } }
        @media print {
          body { max-width: none; padding: 0; }
          section.report-section { break-before: page; }
          a { color: var(--ink); }
          .figure, .query { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
