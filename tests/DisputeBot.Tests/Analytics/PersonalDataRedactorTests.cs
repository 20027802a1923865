using DisputeBot.Analytics;

namespace DisputeBot.Tests.Analytics;

/// <summary>What is removed from a message before the support team's list keeps it.</summary>
public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("write to me at jane.doe+ali@example.co.uk please", "write to me at [email] please")]
    [InlineData("call +44 7700 900123 tomorrow", "call [phone] tomorrow")]
    [InlineData("my number is (020) 7946-0958", "my number is [phone]")]
    [InlineData("order 8123456789012345 never came", "order [number] never came")]
    [InlineData("tracking LP00123456789012 is stuck", "tracking [number] is stuck")]
    [InlineData("code 12345 and 99 euros", "code [number] and 99 euros")]
    [InlineData("see https://example.com/order?id=42", "see [link]")]
    public void E_mails_phones_order_numbers_and_long_digit_runs_are_removed(string message, string kept) =>
        Assert.Equal(kept, PersonalDataRedactor.Redact(message));

    [Fact]
    public void Short_numbers_and_ordinary_words_stay()
    {
        Assert.Equal("i have 12 days left, can i wait?", PersonalDataRedactor.Redact("i have 12 days left, can i wait?"));
    }

    [Fact]
    public void A_wall_of_text_is_cut_short()
    {
        Assert.Equal(PersonalDataRedactor.MaxLength, PersonalDataRedactor.Redact(new string('a', 5000)).Length);
    }
}
