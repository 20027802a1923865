using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>Filling {rule:id} numbers and a category's ready-to-paste description.</summary>
public class TemplateTests
{
    private static readonly RuleBook Rules = new([new DeadlineRule("appeal", 7, "guide", "undated", true), new DeadlineRule("paypal_dispute", 180, "paypal", "undated", false)]);

    [Fact]
    public void Rule_placeholders_become_their_numbers()
    {
        var text = RulePlaceholders.Fill("Appeal within {rule:appeal} days; PayPal allows {rule:paypal_dispute}.", Rules);

        Assert.Equal("Appeal within 7 days; PayPal allows 180.", text);
    }

    [Fact]
    public void Other_holes_and_unknown_rules_stay_as_written()
    {
        Assert.Equal("{name} has {rule:nope} and 7", RulePlaceholders.Fill("{name} has {rule:nope} and {rule:appeal}", Rules));
        Assert.Equal("no holes", RulePlaceholders.Fill("no holes", Rules));
    }

    [Fact]
    public void Cited_rules_are_listed_in_order()
    {
        Assert.Equal(["appeal", "paypal_dispute", "appeal"], RulePlaceholders.Cited("{rule:appeal} {x} {rule:paypal_dispute} {rule:appeal}"));
    }

    [Fact]
    public void A_description_keeps_optional_parts_whose_values_are_known()
    {
        const string template = "I received fewer pieces.[ I ordered {ordered} and only {received} arrived.] {details} Refund please.";

        Assert.Equal(
            "I received fewer pieces. I ordered 12 and only 5 arrived. Only brooches came. Refund please.",
            DescriptionTemplate.Fill(template, new DescriptionValues("only brooches came", Ordered: 12, Received: 5)));
        Assert.Equal(
            "I received fewer pieces. Refund please.",
            DescriptionTemplate.Fill(template, new DescriptionValues(Ordered: 12)));
    }

    [Fact]
    public void A_description_fills_dates_in_the_middle_of_a_sentence()
    {
        const string template = "The tracking says it was delivered[ on {delivered_on}], but I never received it.";

        Assert.Equal("The tracking says it was delivered on 3 May, but I never received it.", DescriptionTemplate.Fill(template, new DescriptionValues(DeliveredOn: "3 May")));
        Assert.Equal("The tracking says it was delivered, but I never received it.", DescriptionTemplate.Fill(template, new DescriptionValues()));
    }

    [Fact]
    public void The_buyers_words_become_one_tidy_sentence()
    {
        var text = DescriptionTemplate.Fill("Problem: {details} Thanks.", new DescriptionValues("  the lid\n is   cracked  "));

        Assert.Equal("Problem: The lid is cracked. Thanks.", text);
    }

    [Fact]
    public void Each_description_starts_clean_and_unclosed_parts_run_to_the_end()
    {
        const string template = "Sent[ on {shipped_on}],[ delivered {delivered_on}] and[ {details}";

        var full = DescriptionTemplate.Fill(template, new DescriptionValues("it broke", ShippedOn: "1 May", DeliveredOn: "3 May"));
        var bare = DescriptionTemplate.Fill(template, new DescriptionValues());

        Assert.Equal("Sent on 1 May, delivered 3 May and It broke.", full);
        Assert.Equal("Sent, and", bare);
    }

    [Fact]
    public void Very_long_buyer_text_is_cut_at_a_word()
    {
        var details = string.Concat(Enumerable.Repeat("broken again ", 200));

        var text = DescriptionTemplate.Fill("{details}", new DescriptionValues(details));

        Assert.InRange(text.Length, 300, DescriptionTemplate.MaxDetailsLength + 4);
        Assert.EndsWith("again...", text, StringComparison.Ordinal);
    }
}
