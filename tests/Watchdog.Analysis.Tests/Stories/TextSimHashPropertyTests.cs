using FsCheck;
using FsCheck.Xunit;
using Watchdog.Analysis.Stories.Duplicates;

namespace Watchdog.Analysis.Tests.Stories;

public class TextSimHashPropertyTests
{
    [Property]
    public bool Distance_is_symmetric(ulong first, ulong second) => TextSimHash.Distance(first, second) == TextSimHash.Distance(second, first);

    [Property]
    public bool Identical_texts_are_at_distance_zero(NonNull<string> text) =>
        TextSimHash.Distance(TextSimHash.Compute(text.Get, "en"), TextSimHash.Compute(text.Get, "en")) == 0;

    [Property]
    public bool Distance_is_between_0_and_64(ulong first, ulong second) => TextSimHash.Distance(first, second) is >= 0 and <= 64;
}
