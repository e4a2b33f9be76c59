using FsCheck;
using FsCheck.Xunit;
using Watchdog.Analysis.Entities.Tagging;

namespace Watchdog.Analysis.Tests.Entities.Tagging;

public class TaggingTests
{
    private static readonly TaggedSentence[] Tiny =
    [
        new(["Ivan", "Petrov", "visited", "Almaty", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
        new(["Kaspi", "Bank", "opened", "in", "Astana", "."], ["B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]),
        new(["Anna", "Ivanova", "left", "Astana", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]),
    ];

    [Fact]
    public void Spans_are_read_conlleval_style_a_stray_inside_tag_opening_one() =>
        Assert.Equal([new TaggedSpan(0, 2, "PER"), new TaggedSpan(3, 4, "LOC"), new TaggedSpan(4, 5, "ORG")],
            TaggedSpan.FromTags(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]));

    [Fact]
    public void Entity_f1_counts_a_span_only_with_its_exact_extent_and_type()
    {
        var score = EntityScore.Of([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "O", "O", "B-LOC"]]);

        Assert.Equal((2, 2, 1), (score.Gold, score.Predicted, score.Correct));
        Assert.Equal(0.5, score.F1, 3);
        Assert.Equal(1.0, score.ByType!["LOC"].F1, 3);
    }

    [Fact]
    public void The_memorising_baseline_tags_seen_sequences_longest_first_and_nothing_else() =>
        Assert.Equal(["B-ORG", "I-ORG", "O", "B-LOC", "O"], new MemorisingTagger(Tiny).Tag(["Kaspi", "Bank", "near", "Almaty", "Petrov"]));

    [Fact]
    public void Reading_conll_makes_misc_outside_and_repairs_an_inside_tag_left_without_its_begin()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "Tesla\tB-MISC\nModel\tI-MISC\n\nNew\tB-LOC\nYork\tI-LOC\nTimes\tI-MISC\n");
        try
        {
            var sentences = ConllReader.Read(path);
            Assert.Equal(["O", "O"], sentences[0].Tags);
            Assert.Equal(["B-LOC", "I-LOC", "O"], sentences[1].Tags);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_is_deterministic_and_a_saved_model_loads_to_the_same_tags()
    {
        var settings = new TrainingSettings(Epochs: 5, Seed: 7, PruneBelow: 0);
        var first = PerceptronTrainer.Train(Tiny, "en", settings);
        var second = PerceptronTrainer.Train(Tiny, "en", settings);
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        first.Save(a);
        second.Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());

        a.Position = 0;
        var loaded = PerceptronModel.Load(a);
        string[] sentence = ["Anna", "Petrova", "visited", "Astana", "."];
        Assert.Equal(new EntityTagger(first).Tag(sentence), new EntityTagger(loaded).Tag(sentence));
    }

    /// <summary>A model holds its features in its lookup table alone: saving a shipped one writes every feature and weight it was read with.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("kk")]
    public void A_shipped_model_saves_to_what_it_was_read_from(string language)
    {
        using var shipped = typeof(PerceptronModel).Assembly.GetManifestResourceStream($"entity-models/{language}.ner.gz")!;
        using var original = new MemoryStream();
        shipped.CopyTo(original);
        original.Position = 0;
        using var saved = new MemoryStream();
        PerceptronModel.Load(original).Save(saved);

        Assert.Equal(Decompressed(original.ToArray()), Decompressed(saved.ToArray()));
    }

    private static byte[] Decompressed(byte[] gzipped)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(gzipped), System.IO.Compression.CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    [Fact]
    public void A_model_learns_its_training_sentences() =>
        Assert.All(Tiny, s => Assert.Equal(s.Tags, new EntityTagger(PerceptronTrainer.Train(Tiny, "en", new TrainingSettings(Epochs: 10))).Tag(s.Tokens)));

    [Fact]
    public void Loading_something_else_is_a_clear_error() =>
        Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])));

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    [InlineData("en")]
    public void Every_shipped_model_loads_and_tags_a_sentence(string language) =>
        Assert.Equal(3, EntityTagger.For(language).Tag(["A", "b", "C"]).Length);

    [Property(MaxTest = 200)]
    public bool The_tagger_gives_one_valid_iob2_tag_per_token_for_any_tokens(NonNull<string>[] tokens)
    {
        var input = (tokens ?? []).Select(t => t.Get).ToArray();
        var tags = EntityTagger.For("ru").Tag(input);
        return tags.Length == input.Length
            && tags.Select((tag, i) => !tag.StartsWith("I-", StringComparison.Ordinal) || (i > 0 && tags[i - 1].EndsWith(tag[2..], StringComparison.Ordinal) && tags[i - 1] != "O")).All(ok => ok);
    }

    [Fact]
    public void The_text_tokenizer_splits_punctuation_keeps_inner_hyphens_and_cuts_sentences_but_not_after_initials()
    {
        var sentences = TextTokenizer.Sentences("И. О. Сергеев прибыл в Нур-Султан. Tokayev's visit «ended»!\nNext");

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["И", ".", "О", ".", "Сергеев", "прибыл", "в", "Нур-Султан", "."], sentences[0].Select(t => t.Text));
        Assert.Equal(["Tokayev", "'s", "visit", "«", "ended", "»", "!"], sentences[1].Select(t => t.Text));
        Assert.Equal("Next", sentences[2].Single().Text);
    }

    [Property(MaxTest = 200)]
    public bool Text_tokens_lie_within_the_text_where_they_say(NonNull<string> text) =>
        TextTokenizer.Sentences(text.Get).SelectMany(s => s).All(t => t.Start >= 0 && t.End <= text.Get.Length && text.Get.Substring(t.Start, t.Text.Length) == t.Text);
}
