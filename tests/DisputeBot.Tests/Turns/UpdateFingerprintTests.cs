using System.Globalization;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

public sealed class UpdateFingerprintTests
{
    [Theory]
    // Pinned (FNV-1a 64; "a" is the published test vector): records in Redis hold these values, so they must never
    // change between releases or machines.
    [InlineData("", 14695981039346656037UL)]
    [InlineData("a", 12638187200555641996UL)]
    [InlineData("tg:827361", 1648847814386480843UL)]
    public void A_fingerprint_is_the_same_in_every_process_and_release(string updateId, ulong expected)
    {
        Assert.Equal(expected, UpdateFingerprint.Of(updateId));
    }

    [Fact]
    public void Ids_that_differ_in_one_character_or_in_order_get_different_fingerprints()
    {
        Assert.NotEqual(UpdateFingerprint.Of("abc|0000012"), UpdateFingerprint.Of("abc|0000013"));
        Assert.NotEqual(UpdateFingerprint.Of("ab"), UpdateFingerprint.Of("ba"));
    }

    [Fact]
    public void A_million_update_ids_of_the_shapes_channels_send_get_distinct_fingerprints()
    {
        var seen = new HashSet<ulong>();
        for (var i = 0; i < 500_000; i++)
        {
            Assert.True(seen.Add(UpdateFingerprint.Of(i.ToString(CultureInfo.InvariantCulture))));
            Assert.True(seen.Add(UpdateFingerprint.Of($"8fKq2ZbXyT4Lm0Wc1Rj9Ev-us|{i:D7}")));
        }
    }
}
