using DisputeBot.Support;

namespace DisputeBot.Tests.Support;

/// <summary>CSV that any spreadsheet reads back as written and never runs as a formula.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_and_quotes_doubled()
    {
        var csv = new CsvWriter().Row("a,b", "say \"hi\"", "two\nlines", "plain", 42L).ToString();

        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,42\r\n", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    public void A_text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(string text, string written) =>
        Assert.Equal(written + "\r\n", new CsvWriter().Row(text).ToString());

    [Fact]
    public void Numbers_stay_numbers_even_when_negative()
    {
        Assert.Equal("-1,0.5\r\n", new CsvWriter().Row(-1L, 0.5).ToString());
    }
}
