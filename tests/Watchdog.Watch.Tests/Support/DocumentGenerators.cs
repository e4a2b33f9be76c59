using FsCheck;
using FsCheck.Fluent;
using Watchdog.Watch.Matching;

namespace Watchdog.Watch.Tests.Support;

/// <summary>Random articles over <see cref="QueryGenerators.Vocabulary"/> plus filler words.</summary>
public static class DocumentGenerators
{
    private static readonly string[] Filler = ["и", "the", "жəне", "of", "в", "report", "жаңалық"];

    public static Gen<ArticleSample> Article =>
        from title in Words(0, 6)
        from text in Words(0, 30)
        from language in Gen.Elements(QueryGenerators.Languages)
        from tags in Gen.SubListOf(QueryGenerators.Tags)
        from source in Gen.Elements(QueryGenerators.Sources)
        from day in Gen.Choose(0, 400)
        select new ArticleSample(title, text, language, tags.ToArray(), source, QueryGenerators.Epoch.AddDays(day));

    private static Gen<string> Words(int min, int max) =>
        from count in Gen.Choose(min, max)
        from list in Gen.Frequency((4, QueryGenerators.Word), (1, Gen.Elements(Filler))).ListOf(count)
        select string.Join(' ', list.Select(Capitalise));

    // Some words capitalised: matching must not depend on case.
    private static string Capitalise(string word, int index) => index % 3 == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}

public sealed record ArticleSample(string Title, string Text, string Language, string[] Tags, string Source, DateTimeOffset PublishedAt)
{
    public MatchDocument ToDocument(ITermNormalizer normalizer) =>
        MatchDocument.Create(Title, Text, Language, new DocumentMetadata([Source], Tags, PublishedAt), normalizer);
}
