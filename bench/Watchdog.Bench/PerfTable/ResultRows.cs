using System.Text.Json;
using static Watchdog.Bench.PerfTable.Format;
using static Watchdog.Bench.PerfTable.ResultDescriptions;

namespace Watchdog.Bench.PerfTable;

/// <summary>
/// How each bench/results file becomes a table row, in the table's order. A file named here must have the fields its
/// row reads (else <see cref="ResultShapeException"/> names it); a file not named here gets a generic row from its
/// data, settings and scalar figures (also "runs"), so a new benchmark shows up without code, and a file that has
/// no data or no figures is refused.
/// </summary>
internal static class ResultRows
{
    private const string NotInFile = "not recorded in the file";

    public static IReadOnlyList<(string File, Func<ResultFile, PerfRow> Row)> Known { get; } =
    [
        ("extraction.json", Extraction),
        ("langid.json", LanguageId),
        ("matching.json", Matching),
        ("alert-latency.json", AlertLatency),
        ("stories.json", Stories),
        ("tone.json", Tone),
        ("conflation.json", Conflation),
        ("entities.json", Entities),
        ("ingest.json", Ingest),
        ("ingest-real.json", file => Runs(file, "ingest on real-size pages")),
        ("memory.json", file => Generic(file, "memory")),
        ("scale-out.json", file => Generic(file, "scale-out (PostgreSQL workers)")),
        ("soak.json", Soak),
        ("soak-60.json", Soak),
        ("search-api.json", SearchApi),
        ("search-api-highlight-ab.json", HighlightAb),
        ("search-1m.json", file => Runs(file, "search at size (target 1,000,000 articles; N per run)")),
    ];

    private static PerfRow Extraction(ResultFile f)
    {
        var ours = f.ItemWhere("results", "name", "Watchdog.Extract");
        var theirs = f.Items("results").First(r => r.GetProperty("name").GetString() != "Watchdog.Extract");
        string Speed(JsonElement r) => $"{Whole(r.GetProperty("warmPagesPerCpuSecond").GetDouble())} pages per CPU-second warm, " +
                                       $"{Whole(r.GetProperty("firstPassPagesPerCpuSecond").GetDouble())} in a fresh process's first pass";
        string Scores(JsonElement r) => $"F1 {F1(r.GetProperty("f1").GetDouble())} (P {F1(r.GetProperty("precision").GetDouble())}, R {F1(r.GetProperty("recall").GetDouble())})";
        var sets = f.Items("fixtureSets").Select(set =>
            $"{set.GetProperty("name").GetString()} ({set.GetProperty("data").GetString()}): " +
            string.Join(" vs ", set.GetProperty("results").EnumerateArray().Select(r => F1(r.GetProperty("f1").GetDouble()))));
        return new PerfRow(
            $"extraction (`extraction.json`)",
            $"real: ../shared/data/extraction, {Whole(f.Number("pages"))} pages; and the hand-written fixture sets",
            $"one thread; warm = after {Whole(ours.GetProperty("warmUpPasses").GetDouble())} passes; first pass = a fresh process (ReadyToRun)",
            $"**{Scores(ours)}**, {f.Number("crossValidation.k")}-fold cross-validated F1 {F1(f.Number("crossValidation.crossValidatedF1"))}; {Speed(ours)}; " +
            $"{string.Join("; ", sets)} (ours vs {theirs.GetProperty("name").GetString()}) — baseline {theirs.GetProperty("name").GetString()}: {Scores(theirs)}, {Speed(theirs)}",
            Machine(f));
    }

    private static PerfRow LanguageId(ResultFile f)
    {
        string Kind(string kind)
        {
            var text = $"{kind} {Percent(f.Number($"byKind.{kind}.ours"))} (Lingua {Percent(f.Number($"byKind.{kind}.lingua"))}";
            return (f.Has($"byKind.{kind}.unseen") ? text + $"; unseen {Percent(f.Number($"byKind.{kind}.unseen.ours"))} vs {Percent(f.Number($"byKind.{kind}.unseen.lingua"))}" : text) + ")";
        }
        return new PerfRow(
            "language identification (`langid.json`)",
            $"../shared/data/langid: {Whole(f.Number("items"))} items (sentences, word pairs, single words); {Whole(f.Number("testItemsThatAreTrainingSentences"))} test sentences are training sentences, each labelled by a model trained without it",
            f.Text("itemsPerSecond.timing"),
            $"{Kind("sentences")}, {Kind("word-pairs")}, {Kind("single-words")}; {Whole(f.Number("itemsPerSecond.ours"))} items/s (Lingua {Whole(f.Number("itemsPerSecond.lingua"))}) — baseline: {f.Text("baseline")}",
            Machine(f));
    }

    private static PerfRow Matching(ResultFile f)
    {
        string Set(string key) =>
            $"{Whole(f.Number($"{key}.queries"))} queries: **{Whole(f.Number($"{key}.compiledArticlesPerSecond"))}** articles per CPU-second, " +
            $"p50/p99 {Decimals(f.Number($"{key}.matchLatencyMsP50"), 2)}/{Decimals(f.Number($"{key}.matchLatencyMsP99"), 2)} ms per article, {Whole(f.Number($"{key}.compiledMemoryMb"))} MB compiled";
        var naive = f.Has("queries.naiveArticlesPerSecond")
            ? $"; naive evaluation {Decimals(f.Number("queries.naiveArticlesPerSecond"), 1)}/s (×{Whole(f.Number("queries.speedupOverNaive"))}); " +
              $"the same (article, query) pairs on {Whole(f.Number("naiveArticles"))} articles: {(f.Get("queries.naiveAndCompiledAgree").GetBoolean() ? "yes" : "**no**")} " +
              $"({Whole(f.Number("queries.matchesMissedByCompiled"))} missed, {Whole(f.Number("queries.matchesOnlyCompiledFound"))} extra)"
            : "";
        return new PerfRow(
            "matching (`matching.json`)",
            f.Text("data"),
            $"{Whole(f.Number("articles"))} articles; one core, {f.Text("timeBasis")}" + (f.Has("settings") ? "; " + Settings(f) : ""),
            $"{Set("queries")}; {Set("largeQueries")}; analysis for matching **{Whole(f.Number("analysisArticlesPerSecond"))}** articles per CPU-second as first seen, " +
            $"{Whole(f.Number("analysisWarmArticlesPerSecond"))} with every word seen before{naive}",
            Machine(f));
    }

    private static PerfRow AlertLatency(ResultFile f) => new(
        "article stored → webhook (`alert-latency.json`)",
        f.Has("data") ? Data(f)! : $"synthetic: the matching bench's generated articles and queries ({NotInFile})",
        $"{f.Text("figures.Settings")}; {Whole(f.Number("figures.Queries"))} queries, {Whole(f.Number("figures.ArticlesPerSecond"))} articles/s",
        $"p50 **{Whole(f.Number("figures.P50Ms"))} ms**, p90 {Whole(f.Number("figures.P90Ms"))} ms, **p99 {Whole(f.Number("figures.P99Ms"))} ms**, max {Whole(f.Number("figures.MaxMs"))} ms " +
        $"(stored → alert raised: p50 {Whole(f.Number("figures.RaisedP50Ms"))}, p99 {Whole(f.Number("figures.RaisedP99Ms"))} ms); {Whole(f.Number("figures.ArticlesStored"))} articles, {Whole(f.Number("figures.Webhooks"))} webhook calls",
        Machine(f));

    private static PerfRow Stories(ResultFile f)
    {
        string Score(string path) => F1(f.Number(path + ".f1"));
        return new PerfRow(
            "stories (`stories.json`)",
            f.Text("data"),
            $"similarity {f.Number("settings.SimilarityThreshold")}, cross-language {f.Number("settings.CrossLanguageThreshold")}, window {f.Text("settings.window")}",
            $"pairwise F1 **{Score("shipped.all")}** (cross-language {Score("shipped.crossLanguage")}, ru–kk {Score("shipped.russianKazakh")}); cross-validated by event family {Score("crossValidated.scores.all")}; " +
            $"each pair alone {Score("eachPairAlone.scores.all")}; older fixture {Score("olderFixture.shipped.all")} — baseline (previous clusterer) {Score("baselinePreviousClusterer.scores.all")}",
            Machine(f));
    }

    private static PerfRow Tone(ResultFile f)
    {
        var epochs = f.Number("settings.epochs");
        var rate = f.Number("settings.learningRate");
        var l2 = f.Number("settings.l2");
        var languages = f.Items("results").Select(r =>
        {
            var cv = r.GetProperty("crossValidation").EnumerateArray().FirstOrDefault(c =>
                c.GetProperty("epochs").GetDouble() == epochs && c.GetProperty("learningRate").GetDouble() == rate && c.GetProperty("l2").GetDouble() == l2);
            var cvText = cv.ValueKind == JsonValueKind.Object ? $", {cv.GetProperty("folds").GetDouble()}-fold CV {F1(cv.GetProperty("macroF1").GetDouble())}" : "";
            return $"{r.GetProperty("language").GetString()} **{F1(r.GetProperty("ours").GetProperty("macroF1").GetDouble())}** (naive Bayes {F1(r.GetProperty("naiveBayes").GetProperty("macroF1").GetDouble())}{cvText}; " +
                   $"{Decimals(r.GetProperty("cost").GetProperty("cpuMillisecondsPerArticle").GetDouble(), 1)} ms CPU per article)";
        });
        return new PerfRow(
            "tone (`tone.json`)",
            f.Text("data"),
            $"{f.Text("metric")}; {Whole(epochs)} epochs, learning rate {rate}, L2 {l2}",
            "macro-F1 " + string.Join(", ", languages),
            Machine(f));
    }

    private static PerfRow Conflation(ResultFile f)
    {
        var languages = f.Get("languages").EnumerateObject().Select(language =>
        {
            string Keys(string keys) => language.Value.TryGetProperty(keys, out var k)
                ? $"{keys} {Whole(k.GetProperty("falseJoins").GetDouble())}/{Whole(k.GetProperty("falseFriendPairs").GetDouble())} joined, {Whole(k.GetProperty("missedJoins").GetDouble())}/{Whole(k.GetProperty("sameWordPairs").GetDouble())} apart"
                : "";
            return $"{language.Name}: " + string.Join("; ", new[] { Keys("watchdog"), Keys("snowball") }.Where(t => t.Length > 0));
        });
        return new PerfRow(
            "stemming conflation (`conflation.json`)",
            f.Text("data"),
            f.Text("keys.watchdog"),
            "false friends joined / forms of one word kept apart — " + string.Join(" · ", languages),
            Machine(f));
    }

    private static PerfRow Entities(ResultFile f)
    {
        var languages = f.Get("languages").EnumerateObject().Select(language =>
        {
            var dev = language.Value.GetProperty("dev");
            return $"{language.Name} **{F1(dev.GetProperty("Tagger").GetProperty("F1").GetDouble())}** (memorising {F1(dev.GetProperty("Memorising").GetProperty("F1").GetDouble())}; " +
                   $"{Decimals(language.Value.GetProperty("cost").GetProperty("MillisecondsPerArticle").GetDouble(), 1)} ms per article)";
        });
        return new PerfRow("entities (`entities.json`)", f.Text("data"), "dev parts; entity-level exact match (conlleval)", "F1 " + string.Join(", ", languages), Machine(f));
    }

    private static PerfRow Ingest(ResultFile f)
    {
        var memory = f.Get("workingSetMbAtPercentStored").EnumerateObject().Select(p => $"{p.Name} % {Decimals(p.Value.GetDouble(), 0)}");
        return new PerfRow(
            "ingest (`ingest.json`)",
            Data(f) ?? $"synthetic: generated pages on loopback sites ({NotInFile})",
            $"{Whole(f.Number("pages"))} pages, {Whole(f.Number("hosts"))} hosts, concurrency {Whole(f.Number("concurrency"))}; full pipeline, no standing queries",
            $"**{Decimals(f.Number("pagesPerSecond"), 1)} pages/s** ({Decimals(f.Number("cpuMsPerPage"), 2)} ms CPU per page; second half {Decimals(f.Number("secondHalfPagesPerSecond"), 1)}/s); " +
            $"working set MB at % stored: {string.Join(", ", memory)}, peak {Decimals(f.Number("peakWorkingSetMb"), 0)} MB; {Decimals(f.Number("indexBytesPer1000Articles") / 1e6, 1)} MB index per 1,000 articles " +
            $"— fetch + extract alone {Decimals(f.Number("baselineFetchExtractPagesPerSecond"), 0)} pages/s",
            Machine(f));
    }

    private static PerfRow Soak(ResultFile f)
    {
        var stores = f.Items("stores").Select(s =>
            $"{s.GetProperty("store").GetString()} ({s.GetProperty("processes").GetString()}): lost {Whole(s.GetProperty("lost").GetDouble())}, duplicated {Whole(s.GetProperty("duplicated").GetDouble())}, " +
            $"unindexed {Whole(s.GetProperty("unindexed").GetDouble())}, quarantined {Whole(s.GetProperty("quarantined").GetDouble())}, CLI errors {Whole(s.GetProperty("cliErrors").GetDouble())} of {Whole(s.GetProperty("cliRuns").GetDouble())} runs, " +
            $"recovered {Decimals(s.GetProperty("recoverySeconds").GetDouble(), 1)} s after the last restart");
        return new PerfRow($"soak (`{f.Name}`)", f.Text("data"), f.Text("settings"), string.Join("; ", stores), Machine(f));
    }

    /// <summary>One clause per run (result cache on, then off, in the same run of the script).</summary>
    private static PerfRow SearchApi(ResultFile f)
    {
        static double Field(JsonElement run, string name) => run.GetProperty(name).GetDouble();
        static string Run(JsonElement run) =>
            $"result cache {(run.GetProperty("resultCache").GetBoolean() ? "on" : "off")}: **{Decimals(Field(run, "requestsPerSecond"), 1)} requests/s**, " +
            $"p50 {Decimals(Field(run, "p50Ms"), 1)} ms, p99 {Decimals(Field(run, "p99Ms"), 1)} ms; {Decimals(Field(run, "serviceCpuMsPerSearch"), 2)} ms of service CPU per search (" +
            string.Join(", ", run.GetProperty("cpuMsPerSearchByHits").EnumerateArray().Select(h => $"{Whole(h.GetProperty("hits").GetDouble())} hits {Decimals(h.GetProperty("cpuMsPerSearch").GetDouble(), 2)}")) +
            $"); {Whole(Field(run, "auditEntriesWritten"))} audit entries for {Whole(Field(run, "requests"))} requests";
        var runs = f.Items("runs");
        if (runs.Count == 0) throw f.Error("'runs' must be a non-empty list of objects");
        return new PerfRow("search through the API (`search-api.json`)", Data(f) ?? throw f.Error("no field 'data'"),
            Settings(f) ?? throw f.Error("no field 'settings'"), string.Join("; ", runs.Select(Run)), Machine(f));
    }

    private static PerfRow HighlightAb(ResultFile f)
    {
        string Arm(string arm) => $"{arm}: {Decimals(f.Number($"{arm}.requestsPerSecond"), 1)} requests/s, p99 {Decimals(f.Number($"{arm}.p99Ms"), 1)} ms, " +
                                  $"{Decimals(f.Number($"{arm}.serviceCpuMsPerSearch"), 2)} ms CPU per search, index {Whole(f.Number($"{arm}.indexBytes") / 1024)} KB";
        return new PerfRow("highlighting A/B (`search-api-highlight-ab.json`)", Data(f)!, f.Text("benchmark"), $"{Arm("reanalysed")}; {Arm("termVectors")}", Machine(f));
    }

    /// <summary>A file of {"runs": [...]} (or "cases"): one clause per run with its scalar fields.</summary>
    private static PerfRow Runs(ResultFile f, string benchmark, string list = "runs")
    {
        var runs = f.Items(list);
        if (runs.Count == 0 || runs.Any(r => r.ValueKind != JsonValueKind.Object)) throw f.Error($"'{list}' must be a non-empty list of objects");
        // Runs of different kinds (politeness off and default, two stores) may each say what they measured.
        var data = Data(f) ?? PerRun(runs, "data") ?? throw f.Error("no field 'data', at the top or in every run (say what was measured: real or synthetic)");
        var settings = Settings(f) ?? PerRun(runs, "settings") ?? NotInFile;
        return new PerfRow($"{benchmark} (`{f.Name}`)", data, settings, string.Join("; ", runs.Select(run => Fields(run, "data", "settings"))), Machine(f));
    }

    /// <summary>The distinct texts of <paramref name="field"/> across runs, or null unless every run has one.</summary>
    private static string? PerRun(IReadOnlyList<JsonElement> runs, string field)
    {
        var texts = runs.Select(r => r.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).ToList();
        return texts.Any(t => t is null) ? null : string.Join(" · ", texts.Distinct(StringComparer.Ordinal));
    }


    /// <summary>Any other file: its data, settings and top-level scalar figures, or its runs.</summary>
    public static PerfRow Generic(ResultFile f, string benchmark)
    {
        if (f.Has("runs")) return Runs(f, benchmark);
        if (f.Has("cases")) return Runs(f, benchmark, "cases");
        var skipped = new HashSet<string>(["data", "settings", "machine", "cores", "loadAverage", "measuredAt", "date", "benchmark", "note"], StringComparer.Ordinal);
        if (f.Root.ValueKind != JsonValueKind.Object) throw f.Error("not a JSON object");
        var figures = f.Root.EnumerateObject().Where(p => !skipped.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.Number).Select(p => $"{p.Name} {ResultDescriptions.Scalar(p.Value)}").ToList();
        if (figures.Count == 0) throw f.Error("no figures found (neither top-level numbers nor 'runs')");
        return new PerfRow($"{benchmark} (`{f.Name}`)", Data(f) ?? throw f.Error("no field 'data' (say what was measured: real or synthetic)"),
            Settings(f) ?? NotInFile, string.Join(", ", figures), Machine(f));
    }
}
