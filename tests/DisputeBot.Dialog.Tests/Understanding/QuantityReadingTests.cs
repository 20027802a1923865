using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>How many pieces came and how many were ordered.</summary>
public class QuantityReadingTests
{
    private static TextUnderstanding Understanding => EnglishPack.Understanding;

    [Theory]
    [InlineData("only 5 of the 12", 5, 12)]
    [InlineData("only 5 of the 12 brooches", 5, 12)]
    [InlineData("got 3 out of 10", 3, 10)]
    [InlineData("received 5, ordered 12", 5, 12)]
    [InlineData("ordered 12, received 5", 5, 12)]
    [InlineData("12 ordered, 5 received", 5, 12)]
    [InlineData("I ordered 12 brooches but only got 5", 5, 12)]
    [InlineData("5/12", 5, 12)]
    [InlineData("5 / 12 arrived", 5, 12)]
    [InlineData("only three of the twelve", 3, 12)]
    [InlineData("I got 5 pieces instead of 12", 5, 12)]
    [InlineData("bought a dozen, received 7", 7, 12)]
    [InlineData("order 8130349234234 arrived with 3 of 4", 3, 4)]
    [InlineData("0 of 2", 0, 2)]
    [InlineData("i ordered twelve mugs, only nine inside and two of those nine are cracked", 9, 12)]
    [InlineData("ordered 12, got 9, 2 of them cracked", 9, 12)]
    public void Quantities_are_read(string text, int received, int ordered)
    {
        Assert.Equal(new QuantityReport(received, ordered), Understanding.ReadQuantities(text));
    }

    [Theory]
    [InlineData("it came 5 days ago")]
    [InlineData("ordered on 12 march, got 5")]
    [InlineData("12/05/2024")]
    [InlineData("received 15 ordered 12")]
    [InlineData("only 5")]
    [InlineData("12 of 5")]
    [InlineData("99999999 of 999999999")]
    [InlineData("")]
    public void Dates_lone_numbers_and_impossible_counts_are_not_quantities(string text)
    {
        Assert.Null(Understanding.ReadQuantities(text));
    }
}
