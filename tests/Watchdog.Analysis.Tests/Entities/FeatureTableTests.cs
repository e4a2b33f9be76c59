using Watchdog.Analysis.Entities.Tagging;

namespace Watchdog.Analysis.Tests.Entities;

public class FeatureTableTests
{
    [Fact]
    public void Every_feature_finds_its_offset_and_an_absent_one_finds_none()
    {
        var random = new Random(16);
        var offsets = new Dictionary<uint, int>();
        while (offsets.Count < 5000) offsets[(uint)random.NextInt64(0, uint.MaxValue)] = offsets.Count * 9;
        offsets[0] = offsets.Count * 9; // the key an empty slot holds must still be found when it is a feature
        var table = new FeatureTable(offsets);
        foreach (var (key, offset) in offsets) Assert.Equal(offset, table.Find(key));
        var absent = 0;
        for (uint key = 1; absent < 5000; key += 7919)
        {
            if (offsets.ContainsKey(key)) continue;
            Assert.Equal(-1, table.Find(key));
            absent++;
        }
    }
}
