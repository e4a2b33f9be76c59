using Watchdog.Analysis.Morphology;

namespace Watchdog.Analysis.Tests.Morphology;

public class WordKeyCacheTests
{
    [Fact]
    public void Computes_the_key_of_a_word_once()
    {
        var computed = 0;
        var cache = new WordKeyCache(word => { Interlocked.Increment(ref computed); return word.ToUpperInvariant(); });

        Assert.Equal(["БАНК", "БАНК"], new[] { cache.KeyOf("банк"), cache.KeyOf("банк") });
        Assert.Equal(1, computed);
    }

    [Fact]
    public void When_full_keeps_the_words_met_lately()
    {
        var computed = 0;
        var cache = new WordKeyCache(word => { computed++; return word + "!"; }, capacity: 2);

        // One form a generation: "b" pushes "a" into the old generation, "c" pushes it out; "c", a word of today's news,
        // is then remembered, where a cache that stops remembering once full would compute it at every occurrence.
        var keys = new[] { "a", "b", "c", "c", "c" }.Select(cache.KeyOf).ToArray();

        Assert.Equal(["a!", "b!", "c!", "c!", "c!"], keys);
        Assert.Equal((2, 3), (cache.Count, computed));
    }

    [Fact]
    public void Not_remembering_looks_a_word_up_but_adds_no_new_one()
    {
        var computed = 0;
        var cache = new WordKeyCache(word => { computed++; return word + "!"; });
        cache.KeyOf("a");

        var keys = new[] { cache.KeyOf("a", remember: false), cache.KeyOf("b", remember: false), cache.KeyOf("b", remember: false) };

        Assert.Equal(["a!", "b!", "b!"], keys);
        Assert.Equal((1, 3), (cache.Count, computed)); // "a" came from the cache; "b" was computed each time and never kept
    }

    [Fact]
    public void Concurrent_use_gives_every_key_right_and_stays_near_its_capacity()
    {
        var cache = new WordKeyCache(word => word + "#", capacity: 100);
        var words = Enumerable.Range(0, 1000).Select(i => $"w{i % 300}").ToArray();

        var wrong = 0;
        Parallel.For(0, 8, _ =>
        {
            foreach (var word in words)
            {
                if (cache.KeyOf(word) != word + "#") Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
        // Each of the 8 threads may add one form to each generation past its half while another turns it over.
        Assert.InRange(cache.Count, 1, 100 + (2 * 8));
    }
}
