using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>The English reader with a pinned clock: Wednesday 18 March 2026, 3 pm, at the buyer's offset.</summary>
internal static class Reading
{
    public static readonly DateTimeOffset Now = new(2026, 3, 18, 15, 0, 0, TimeSpan.FromHours(1));

    public static readonly DateOnly Today = new(2026, 3, 18);

    private static readonly Lazy<MessageReader> Reader = new(() => new MessageReader(EnglishPack.Understanding));

    public static MessageFacts Read(string text, Expectation expecting = Expectation.Nothing, ArrivalGroup? group = null, bool dayFirst = true) =>
        Reader.Value.Read(text, new MessageContext(Now, dayFirst, group, expecting));

    public static DateOnly Day(int month, int day, int year = 2026) => new(year, month, day);

    public static DateOnly DaysAgo(int days) => Today.AddDays(-days);

    public static DateOnly DaysAhead(int days) => Today.AddDays(days);
}
