using FsCheck;
using FsCheck.Fluent;
using Watchdog.Query;

namespace Watchdog.Watch.Tests.Support;

/// <summary>Random queries over a small vocabulary, so that generated articles often match them.</summary>
public static class QueryGenerators
{
    public static readonly string[] Vocabulary =
    [
        "назарбаев", "назарбаева", "назарбаеву", "университет", "университета", "нефть", "нефти", "цена", "цены",
        "алматы", "алматыда", "қала", "қаланың", "bank", "banks", "oil", "price", "prices", "minister", "ministers",
    ];

    public static readonly string[] Languages = ["ru", "kk", "en", "und"];
    public static readonly string[] Tags = ["politics", "economy"];
    public static readonly string[] Sources = ["a.kz", "news.b.kz", "c.ru"];

    public static Gen<string> Word => Gen.Elements(Vocabulary);

    public static Gen<QueryNode> Query => Gen.Sized(size => Node(Math.Min(size, 12) / 4));

    private static Gen<QueryNode> Node(int depth)
    {
        var leaf = Gen.Frequency(
            (6, Term),
            (2, Prefix),
            (2, Phrase),
            (1, Filter),
            (1, Dates),
            (1, Gen.Constant<QueryNode>(MatchNoneQuery.Instance)));
        if (depth <= 0) return leaf;
        var clauses = Gen.Choose(2, 3).SelectMany(n => Node(depth - 1).ListOf(n));
        return Gen.Frequency(
            (3, leaf),
            (2, clauses.Select(list => (QueryNode)new AndQuery(list.ToArray()))),
            (2, clauses.Select(list => (QueryNode)new OrQuery(list.ToArray()))),
            (1, Node(depth - 1).Select(clause => (QueryNode)new NotQuery(clause))));
    }

    private static Gen<TextField> Field => Gen.Elements(TextField.Any, TextField.Any, TextField.Title, TextField.Text);
    private static Gen<TermForm> Form => Gen.Elements(TermForm.Word, TermForm.Word, TermForm.Name);

    private static Gen<QueryNode> Term =>
        from scope in Field
        from word in Word
        from form in Form
        select (QueryNode)new TermQuery(scope, word, form);

    private static Gen<QueryNode> Prefix =>
        from scope in Field
        from word in Word
        from length in Gen.Choose(1, 5)
        select (QueryNode)new PrefixQuery(scope, word[..Math.Min(length, word.Length)]);

    private static Gen<QueryNode> Phrase =>
        from scope in Field
        from words in Gen.Choose(2, 3).SelectMany(n => Word.ListOf(n))
        from slop in Gen.Elements(0, 0, 1, 3)
        from form in Form
        select (QueryNode)new PhraseQuery(scope, words.ToArray(), slop, form);

    private static Gen<QueryNode> Filter => Gen.OneOf(
        Gen.Elements(Languages).Select(v => (QueryNode)new FilterQuery(FilterField.Lang, v)),
        Gen.Elements(Tags).Select(v => (QueryNode)new FilterQuery(FilterField.Tag, v)),
        Gen.Elements("kz", "b.kz", "c.ru").Select(v => (QueryNode)new FilterQuery(FilterField.Source, v)));

    private static Gen<QueryNode> Dates =>
        from openStart in Gen.Elements(true, false)
        from fromDay in Gen.Choose(0, 365)
        from length in Gen.Choose(1, 200)
        select (QueryNode)new DateRangeQuery(openStart ? null : Epoch.AddDays(fromDay), Epoch.AddDays(fromDay + length));

    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
