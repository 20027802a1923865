using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>The one edit distance that typo-tolerant words, button labels and month names share.</summary>
public class EditDistanceTests
{
    [Theory]
    [InlineData("custom", "custm", 1)]
    [InlineData("doesnt", "dosent", 1)]
    [InlineData("deliver", "delivr", 1)]
    [InlineData("receiv", "reciev", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("febuary", "february", 1)]
    [InlineData("marhc", "march", 1)]
    [InlineData("decembre", "december", 1)]
    [InlineData("", "ab", 2)]
    [InlineData("ab", "", 2)]
    [InlineData("", "", 0)]
    public void Edit_distance_counts_swaps_as_one(string a, string b, int expected)
    {
        Assert.Equal(Math.Min(expected, 3), EditDistance.Bounded(a, b, 2));
    }

    [Theory]
    [InlineData("kitten", "sitting", 1)]
    [InlineData("abcdef", "ghijkl", 2)]
    [InlineData("ab", "abcde", 2)]
    [InlineData("june", "july", 1)]
    public void A_distance_beyond_the_bound_is_the_bound_plus_one(string a, string b, int max)
    {
        Assert.Equal(max + 1, EditDistance.Bounded(a, b, max));
    }

    [Fact]
    public void Words_longer_than_the_limit_are_never_within_the_bound()
    {
        var longest = new string('a', EditDistance.MaxLength);
        var tooLong = longest + "a";

        Assert.Equal(0, EditDistance.Bounded(longest, longest, 2));
        Assert.Equal(3, EditDistance.Bounded(tooLong, tooLong, 2));
        Assert.Equal(3, EditDistance.Bounded(longest, tooLong, 2));
    }

    [Theory]
    [InlineData("custom", "custm", 2)]
    [InlineData("kitten", "sitting", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("febuary", "february", 1)]
    [InlineData("jule", "june", 1)]
    [InlineData("septmber", "september", 2)]
    [InlineData("", "ab", 2)]
    public void Rows_the_caller_provides_give_the_same_distance(string a, string b, int max)
    {
        Span<int> workspace = stackalloc int[EditDistance.WorkspaceSize];
        workspace.Fill(-7);

        Assert.Equal(EditDistance.Bounded(a, b, max), EditDistance.Bounded(a, b, max, workspace));
    }

    [Fact]
    public void Rows_shared_by_many_comparisons_carry_nothing_from_one_to_the_next()
    {
        Span<int> workspace = stackalloc int[EditDistance.WorkspaceSize];
        (string Name, int Distance)[] names =
        [
            ("january", 3), ("february", 1), ("marhc", 3), ("kitten", 3), ("x", 3), ("fbeuray", 2), ("december", 3), ("febuary", 0),
        ];

        foreach (var (name, distance) in names)
        {
            Assert.Equal(distance, EditDistance.Bounded("febuary", name, 2, workspace));
            Assert.Equal(distance, EditDistance.Bounded("febuary", name, 2));
        }
    }

    [Fact]
    public void Rows_too_short_for_the_longest_word_are_refused()
    {
        var workspace = new int[EditDistance.WorkspaceSize - 1];

        var error = Assert.Throws<ArgumentException>(() => EditDistance.Bounded("abc", "abd", 1, workspace));

        Assert.Equal("workspace", error.ParamName);
    }
}
