using System.Globalization;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>Filling a message's {named} holes.</summary>
public class MessagesTests
{
    private static readonly Messages Texts = new(new Dictionary<string, string>
    {
        ["line"] = "{title}: {date} ({status})",
        ["days"] = "{n} days",
        ["twice"] = "{n} of {n}, not {m}",
        ["plain"] = "No holes here",
        ["odd"] = "{{n}} {n {n}",
        ["stray"] = "a} {n}{",
        ["empty"] = "[{}]",
    });

    [Fact]
    public void Holes_are_filled_with_their_values()
    {
        Assert.Equal("Buyer protection ends: 22 March 2026 (12 days left)", Texts.Format("line", ("title", "Buyer protection ends"), ("date", "22 March 2026"), ("status", "12 days left")));
    }

    [Fact]
    public void Numbers_are_written_the_same_in_every_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("-1234 days", Texts.Format("days", ("n", -1234)));
            Assert.Equal("1.5 days", Texts.Format("days", ("n", 1.5m)));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_hole_used_twice_is_filled_twice_and_unknown_holes_stay_as_written()
    {
        Assert.Equal("3 of 3, not {m}", Texts.Format("twice", ("n", 3)));
        Assert.Equal("{n} of {n}, not {m}", Texts.Format("twice"));
        Assert.Equal("No holes here", Texts.Format("plain", ("n", 3)));
    }

    [Fact]
    public void The_first_value_of_a_name_wins_and_a_missing_value_leaves_the_hole_empty()
    {
        Assert.Equal("1 days", Texts.Format("days", ("n", 1), ("n", 2)));
        Assert.Equal(" days", Texts.Format("days", ("n", null)));
        Assert.Equal("[x]", Texts.Format("empty", (string.Empty, "x")));
    }

    [Fact]
    public void Braces_that_open_no_hole_stay_as_written()
    {
        Assert.Equal("{7} {n 7", Texts.Format("odd", ("n", 7)));
        Assert.Equal("a} 7{", Texts.Format("stray", ("n", 7)));
    }

    [Fact]
    public void A_value_holding_a_later_hole_gets_it_filled_as_holes_are_filled_in_order()
    {
        Assert.Equal("5 days: 22 March (open)", Texts.Format("line", ("title", "{n} days"), ("date", "22 March"), ("status", "open"), ("n", 5)));
        Assert.Equal("{title}: x ()", Texts.Format("line", ("date", "x"), ("title", "{title}"), ("status", null)));
    }

    [Fact]
    public void A_text_filled_into_another_on_the_same_thread_comes_out_whole()
    {
        var status = Texts.Format("days", ("n", 12));

        var line = Texts.Format("line", ("title", "Ends"), ("date", "22 March"), ("status", status));

        Assert.Equal("12 days", status);
        Assert.Equal("Ends: 22 March (12 days)", line);
    }

    [Fact]
    public void A_missing_message_names_its_key()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Texts.Format("nope", ("n", 1)));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
