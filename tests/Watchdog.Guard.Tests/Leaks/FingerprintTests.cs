using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Watchdog.Analysis.Text;
using Watchdog.Guard.Leaks;

namespace Watchdog.Guard.Tests.Leaks;

/// <summary>Winnowing's guarantee and the stored format of fingerprints.</summary>
public sealed class FingerprintTests
{
    private static readonly string[] Vocabulary = ["закон", "суд", "министр", "бюджет", "район", "школа", "вода", "доклад", "врач", "город", "новости", "река"];

    private static string Words(int[] picks) => string.Join(' ', picks.Select(p => Vocabulary[Math.Abs(p % Vocabulary.Length)]));

    /// <summary>Fingerprints with any word count, hashes and increasing positions.</summary>
    private static Arbitrary<DocumentFingerprint> Fingerprints() =>
        (from gaps in Gen.ArrayOf(Gen.Choose(1, 300))
         from hashes in Gen.ArrayOf(ArbMap.Default.GeneratorFor<ulong>(), gaps.Length)
         from tail in Gen.Choose(0, 50)
         let positions = gaps.Select((_, i) => gaps.Take(i + 1).Sum() - 1).ToArray()
         select new DocumentFingerprint(
             (positions.Length == 0 ? 0 : positions[^1] + 1) + tail,
             [.. positions.Select((p, i) => new FingerprintEntry(hashes[i], p))])).ToArbitrary();

    [Property]
    public Property Serialised_fingerprint_reads_back_equal() =>
        Prop.ForAll(Fingerprints(), fp => DocumentFingerprint.Deserialize(fp.Serialize()).Equals(fp));

    [Property]
    public bool Fingerprint_of_a_text_reads_back_equal(int[] picks)
    {
        var fingerprint = DocumentFingerprint.FromText(Words(picks));
        return DocumentFingerprint.Deserialize(fingerprint.Serialize()).Equals(fingerprint);
    }

    [Property]
    public bool Any_damaged_byte_is_detected(int[] picks, PositiveInt at, byte xor)
    {
        var blob = DocumentFingerprint.FromText(Words(picks)).Serialize();
        blob[at.Get % blob.Length] ^= (byte)(xor | 1);
        try
        {
            DocumentFingerprint.Deserialize(blob);
            return false;
        }
        catch (InvalidFingerprintException)
        {
            return true;
        }
    }

    [Property]
    public bool Shared_passage_of_the_guaranteed_length_is_always_found(int[] before, int[] after, int[] other, int seed)
    {
        var passage = Words([.. Enumerable.Range(seed, Winnowing.GuaranteedPassageWords).Select(i => i * 7 + 3)]);
        var document = DocumentFingerprint.FromText($"{Words(before)} {passage} {Words(after)}");
        var article = Winnowing.KgramHashes(Tokenizer.Tokenize($"{Words(other)} {passage} {Words(before)}")).ToHashSet();
        return document.Entries.Any(e => article.Contains(e.Hash));
    }

    [Fact]
    public void Truncated_blob_gives_a_clear_error()
    {
        var blob = DocumentFingerprint.FromText("один два три четыре пять шесть семь восемь девять десять").Serialize();

        var error = Assert.Throws<InvalidFingerprintException>(() => DocumentFingerprint.Deserialize(blob.AsSpan(0, blob.Length - 3)));

        Assert.StartsWith("Invalid fingerprint:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_file_is_not_taken_for_a_fingerprint()
    {
        var error = Assert.Throws<InvalidFingerprintException>(() => DocumentFingerprint.Deserialize("Служебная записка"u8));

        Assert.Contains("WDFP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blob_of_a_newer_version_names_the_version()
    {
        var blob = DocumentFingerprint.FromText("один два три четыре пять шесть").Serialize();
        blob[4] = 9;

        var error = Assert.Throws<InvalidFingerprintException>(() => DocumentFingerprint.Deserialize(blob));

        Assert.Contains("version 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_shorter_than_k_words_has_no_fingerprints() =>
        Assert.Equal(0, DocumentFingerprint.FromText("один два три четыре").Count);

    [Fact]
    public void About_two_in_w_plus_one_k_grams_are_kept()
    {
        var text = Words([.. Enumerable.Range(0, 5000).Select(i => (i * 7919) ^ (i >> 3))]);
        var density = (double)DocumentFingerprint.FromText(text).Count / (5000 - Winnowing.K + 1);

        Assert.InRange(density, 0.8 * 2.0 / (Winnowing.WindowSize + 1), 1.2 * 2.0 / (Winnowing.WindowSize + 1));
    }
}
