using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Tests.Text;

public class RecentWordsTests
{
    [Fact]
    public void A_form_not_met_for_a_whole_generation_is_forgotten_and_one_met_again_is_kept()
    {
        var words = new RecentWords<int>(capacity: 4);
        words.Remember("a", 1);
        words.Remember("b", 2);
        words.Remember("c", 3); // the first generation is full: a and b are now the old one

        Assert.True(words.TryGet("a", out var a)); // met again: copied into the young generation
        words.Remember("d", 4); // the young one (c, a) is full: b is dropped

        Assert.Equal(1, a);
        Assert.Equal(2, words.Turnovers);
        Assert.False(words.TryGet("b", out _));
        Assert.True(words.TryGet("a", out _));
        Assert.True(words.TryGet("c", out _));
    }

    [Fact]
    public void An_endless_stream_of_new_forms_stays_within_capacity_and_keeps_the_frequent_ones()
    {
        var words = new RecentWords<string>(capacity: 1_000);
        var frequentMissed = 0;
        for (var i = 0; i < 100_000; i++)
        {
            words.Remember($"новое{i}", "x");
            // A name in the news every tenth word: found every time after the first.
            if (i % 10 == 0 && !words.TryGet("Токаев", out _))
            {
                frequentMissed++;
                words.Remember("Токаев", "токаев");
            }
        }

        Assert.InRange(words.Count, 1, 1_000);
        Assert.Equal(1, frequentMissed);
        Assert.False(words.TryGet("новое0", out _));
        Assert.True(words.TryGet("новое99999", out _));
    }

    [Fact]
    public void Looks_forms_up_by_a_slice_of_the_text_in_both_generations()
    {
        var words = new RecentWords<int>(capacity: 2);
        words.Remember("паводок", 1);
        words.Remember("Павлодар", 2); // паводок is in the old generation now
        const string text = "паводок в Павлодаре";

        Assert.True(words.TryGet(text.AsSpan(0, 7), out var old));
        Assert.True(words.TryGet(text.AsSpan(10, 8), out var young));
        Assert.Equal((1, 2), (old, young));
        Assert.False(words.TryGet(text.AsSpan(10, 9), out _));
    }

    [Fact]
    public void Concurrent_readers_and_writers_get_every_value_right()
    {
        var words = new RecentWords<string>(capacity: 64);
        var wrong = 0;
        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var form = $"w{(i * 7 + thread) % 500}";
                if (words.TryGet(form, out var value))
                {
                    if (value != form + "#") Interlocked.Increment(ref wrong);
                }
                else
                {
                    words.Remember(form, form + "#");
                }
            }
        });

        Assert.Equal(0, wrong);
        Assert.InRange(words.Count, 1, 64 + (2 * 8));
    }
}
